import type { Role } from '../shared/roles.js'

export interface DemoUser {
  role: Role
  email: string
  password: string
  name: string
  locales: string[]
}

/**
 * Demo accounts, one per role. Created only by the demo seed, which a production start never
 * runs; the README lists the same table.
 */
export const demoUsers: DemoUser[] = [
  { role: 'admin', email: 'admin@vistka.example', password: 'vistka-admin-demo', name: 'Demo Admin', locales: [] },
  { role: 'editor', email: 'editor@vistka.example', password: 'vistka-editor-demo', name: 'Demo Editor', locales: [] },
  { role: 'author', email: 'author@vistka.example', password: 'vistka-author-demo', name: 'Demo Author', locales: [] },
  {
    role: 'translator',
    email: 'translator@vistka.example',
    password: 'vistka-translator-demo',
    name: 'Demo Translator',
    locales: ['en', 'ru'],
  },
  { role: 'contributor', email: 'contributor@vistka.example', password: 'vistka-contributor-demo', name: 'Demo Contributor', locales: [] },
]

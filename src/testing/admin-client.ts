import type { App } from '../app.js'
import { type Role, systemActor } from '../shared/roles.js'
import { overHttp } from './http-client.js'

export const TEST_PASSWORD = 'a long enough password'
let n = 0

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * Creates a user of the role, signs them in through the API, and returns a caller that sends
 * their session cookie and CSRF token with every admin API request.
 */
export async function signInAs(app: Pick<App, 'app' | 'services'>, role: Role, locales: string[] = []) {
  const email = `${role}-${++n}-${process.pid}@example.org`
  const user = await app.services.users.createUser({ email, name: role, role, password: TEST_PASSWORD, locales }, systemActor)
  const res = await overHttp(app.app, { method: 'POST', url: '/api/admin/v1/session', payload: { email, password: TEST_PASSWORD } })
  const cookie = res.cookies.find((c) => c.name === 'vistka_session')?.value as string
  const csrf = res.json().csrfToken as string
  const headers = { 'x-csrf-token': csrf, 'accept-language': 'en' }
  return {
    user,
    email,
    cookie,
    csrf,
    call: (method: Method, url: string, payload?: object) =>
      overHttp(app.app, { method, url: `/api/admin/v1${url}`, cookies: { vistka_session: cookie }, headers, ...(payload && { payload }) }),
    /** Sends a raw body with extra headers (multipart uploads). */
    send: (method: Method, url: string, body: { payload: Buffer; headers: Record<string, string> }) =>
      overHttp(app.app, {
        method,
        url: `/api/admin/v1${url}`,
        cookies: { vistka_session: cookie },
        headers: { ...headers, ...body.headers },
        payload: body.payload,
      }),
  }
}

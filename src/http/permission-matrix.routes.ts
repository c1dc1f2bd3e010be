import sharp from 'sharp'
import { ROLES, type Role } from '../shared/roles.js'
import { TEST_PASSWORD as PASSWORD } from '../testing/admin-client.js'

export type Fixture = {
  storyId: string
  versionId: string
  mediaId: string
  spareMediaId: string
  tagId: string
  mergeFromId: string
  authorId: string
  tokenId: string
  contentKeyId: string
  webhookId: string
  deliveryId: string
  redirectId: string
  spareRedirectId: string
  userId: string
  /** The caller's own email, to sign in again. */
  email: string
}
export type Route = {
  name: string
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The route as the OpenAPI document names it, so the test can tell that every route is here. */
  path: string
  url: (f: Fixture) => string
  body?: (f: Fixture) => object
  /** Sent as multipart/form-data with a small PNG (uploads). */
  upload?: boolean
  allowed: readonly Role[]
}

const EVERYONE = ROLES
const EDITORS: readonly Role[] = ['admin', 'editor']
const ADMINS: readonly Role[] = ['admin']

/**
 * Every admin route and the roles that may call it, on a story someone else wrote. Destructive
 * routes come last, each on a thing of its own, and signing out is the very last.
 */
export const ROUTES: Route[] = [
  {
    name: 'sign in',
    method: 'POST',
    path: '/session',
    url: () => '/session',
    body: (f) => ({ email: f.email, password: PASSWORD }),
    allowed: EVERYONE,
  },
  { name: 'see who is signed in', method: 'GET', path: '/session', url: () => '/session', allowed: EVERYONE },
  {
    name: 'create a story',
    method: 'POST',
    path: '/stories',
    url: () => '/stories',
    body: () => ({ locale: 'uk', headline: 'Нова' }),
    allowed: ['admin', 'editor', 'author', 'contributor'],
  },
  { name: 'read a story', method: 'GET', path: '/stories/{id}', url: (f) => `/stories/${f.storyId}`, allowed: EVERYONE },
  {
    name: 'change another’s story’s shared fields',
    method: 'PUT',
    path: '/stories/{id}',
    url: (f) => `/stories/${f.storyId}`,
    body: () => ({ expectedUpdatedAt: '2026-01-01T00:00:00.000Z', isBreaking: true }),
    allowed: EDITORS,
  },
  { name: 'list versions', method: 'GET', path: '/story-versions', url: () => '/story-versions', allowed: EVERYONE },
  {
    name: 'save another’s version',
    method: 'PUT',
    path: '/story-versions/{id}',
    url: (f) => `/story-versions/${f.versionId}`,
    body: () => ({ expectedRevision: 1, lead: 'x' }),
    allowed: EDITORS,
  },
  {
    name: 'read revisions',
    method: 'GET',
    path: '/story-versions/{id}/revisions',
    url: (f) => `/story-versions/${f.versionId}/revisions`,
    allowed: EDITORS,
  },
  {
    name: 'read one revision',
    method: 'GET',
    path: '/story-versions/{id}/revisions/{number}',
    url: (f) => `/story-versions/${f.versionId}/revisions/1`,
    allowed: EDITORS,
  },
  {
    name: 'compare revisions',
    method: 'GET',
    path: '/story-versions/{id}/diff',
    url: (f) => `/story-versions/${f.versionId}/diff?from=1&to=1`,
    allowed: EDITORS,
  },
  {
    name: 'compare with the source',
    method: 'GET',
    path: '/story-versions/{id}/source-diff',
    url: (f) => `/story-versions/${f.versionId}/source-diff`,
    allowed: EDITORS,
  },
  {
    name: 'restore',
    method: 'POST',
    path: '/story-versions/{id}/restore',
    url: (f) => `/story-versions/${f.versionId}/restore`,
    body: () => ({ number: 1, expectedRevision: 1 }),
    allowed: EDITORS,
  },
  {
    name: 'translate',
    method: 'POST',
    path: '/stories/{id}/translations',
    url: (f) => `/stories/${f.storyId}/translations`,
    body: () => ({ sourceLocale: 'uk', targetLocale: 'en' }),
    allowed: ['admin', 'editor', 'translator'],
  },
  {
    name: 'outdated report',
    method: 'GET',
    path: '/translations/outdated',
    url: () => '/translations/outdated',
    allowed: ['admin', 'editor', 'translator'],
  },
  {
    name: 'approve an edit awaiting approval',
    method: 'POST',
    path: '/story-versions/{id}/approve',
    url: (f) => `/story-versions/${f.versionId}/approve`,
    body: () => ({ expectedRevision: 1 }),
    allowed: EDITORS, // nothing waits on the draft: a 409 for them, a 403 for the rest
  },
  {
    name: 'discard an edit awaiting approval',
    method: 'POST',
    path: '/story-versions/{id}/pending/discard',
    url: (f) => `/story-versions/${f.versionId}/pending/discard`,
    body: () => ({ expectedRevision: 1 }),
    allowed: EDITORS,
  },
  {
    name: 'publish',
    method: 'POST',
    path: '/story-versions/{id}/transitions',
    url: (f) => `/story-versions/${f.versionId}/transitions`,
    body: () => ({ to: 'published' }),
    allowed: EDITORS,
  },
  { name: 'search', method: 'GET', path: '/search', url: () => '/search?q=новина', allowed: EVERYONE },
  {
    name: 'related stories',
    method: 'GET',
    path: '/story-versions/{id}/related',
    url: (f) => `/story-versions/${f.versionId}/related`,
    allowed: EVERYONE,
  },
  {
    name: 'preview the public page',
    method: 'GET',
    path: '/story-versions/{id}/preview',
    url: (f) => `/story-versions/${f.versionId}/preview`,
    allowed: EVERYONE,
  },
  { name: 'list topics', method: 'GET', path: '/topics', url: () => '/topics?kind=tag', allowed: EVERYONE },
  { name: 'read a topic', method: 'GET', path: '/topics/{id}', url: (f) => `/topics/${f.tagId}`, allowed: EVERYONE },
  {
    name: 'create a topic',
    method: 'POST',
    path: '/topics',
    url: () => '/topics',
    body: () => ({ kind: 'tag', names: { uk: { name: 'Тег' } } }),
    allowed: EDITORS,
  },
  {
    name: 'rename a topic',
    method: 'PUT',
    path: '/topics/{id}',
    url: (f) => `/topics/${f.tagId}`,
    body: () => ({ names: { en: { name: 'Tag' } } }),
    allowed: EDITORS,
  },
  { name: 'list authors', method: 'GET', path: '/authors', url: () => '/authors', allowed: EVERYONE },
  { name: 'read an author', method: 'GET', path: '/authors/{id}', url: (f) => `/authors/${f.authorId}`, allowed: EVERYONE },
  {
    name: 'create an author',
    method: 'POST',
    path: '/authors',
    url: () => '/authors',
    body: () => ({ names: { uk: { name: 'Автор' } } }),
    allowed: EDITORS,
  },
  {
    name: 'rename an author',
    method: 'PUT',
    path: '/authors/{id}',
    url: (f) => `/authors/${f.authorId}`,
    body: () => ({ names: { en: { name: 'Writer' } } }),
    allowed: EDITORS,
  },
  { name: 'list media', method: 'GET', path: '/media', url: () => '/media', allowed: EVERYONE },
  { name: 'read media', method: 'GET', path: '/media/{id}', url: (f) => `/media/${f.mediaId}`, allowed: EVERYONE },
  { name: 'upload media', method: 'POST', path: '/media', url: () => '/media', upload: true, allowed: ['admin', 'editor', 'author'] },
  {
    name: 'change media',
    method: 'PUT',
    path: '/media/{id}',
    url: (f) => `/media/${f.mediaId}`,
    body: () => ({ credit: 'X' }),
    allowed: EDITORS,
  },
  { name: 'list users', method: 'GET', path: '/users', url: () => '/users', allowed: ADMINS },
  {
    name: 'create a user',
    method: 'POST',
    path: '/users',
    url: () => '/users',
    body: () => ({ email: 'new@example.org', name: 'N', role: 'author', password: 'a long enough password' }),
    allowed: ADMINS,
  },
  {
    name: 'change a user',
    method: 'PUT',
    path: '/users/{id}',
    url: (f) => `/users/${f.userId}`,
    body: () => ({ name: 'Renamed', locales: ['en'] }),
    allowed: ADMINS,
  },
  { name: 'list tokens', method: 'GET', path: '/tokens', url: () => '/tokens', allowed: ADMINS },
  {
    name: 'create a token',
    method: 'POST',
    path: '/tokens',
    url: () => '/tokens',
    body: () => ({ name: 'Feed', role: 'author' }),
    allowed: ADMINS,
  },
  // Destructive: each acts on something of its own.
  {
    name: 'merge topics',
    method: 'POST',
    path: '/topics/{id}/merge',
    url: (f) => `/topics/${f.mergeFromId}/merge`,
    body: (f) => ({ into: f.tagId }),
    allowed: EDITORS,
  },
  { name: 'delete a topic', method: 'DELETE', path: '/topics/{id}', url: (f) => `/topics/${f.tagId}`, allowed: EDITORS },
  { name: 'delete an author', method: 'DELETE', path: '/authors/{id}', url: (f) => `/authors/${f.authorId}`, allowed: EDITORS },
  { name: 'delete media', method: 'DELETE', path: '/media/{id}', url: (f) => `/media/${f.spareMediaId}`, allowed: EDITORS },
  { name: 'revoke a token', method: 'DELETE', path: '/tokens/{id}', url: (f) => `/tokens/${f.tokenId}`, allowed: ADMINS },
  { name: 'list content keys', method: 'GET', path: '/content-keys', url: () => '/content-keys', allowed: ADMINS },
  {
    name: 'create a content key',
    method: 'POST',
    path: '/content-keys',
    url: () => '/content-keys',
    body: () => ({ name: 'App' }),
    allowed: ADMINS,
  },
  { name: 'list pages', method: 'GET', path: '/pages', url: () => '/pages', allowed: EVERYONE },
  {
    name: 'order the footer’s pages',
    method: 'PUT',
    path: '/pages/order',
    url: () => '/pages/order',
    body: () => ({ ids: [] }),
    allowed: EDITORS,
  },
  { name: 'list webhooks', method: 'GET', path: '/webhooks', url: () => '/webhooks', allowed: ADMINS },
  {
    name: 'register a webhook',
    method: 'POST',
    path: '/webhooks',
    url: () => '/webhooks',
    body: () => ({ url: 'http://127.0.0.1:9/hook', events: ['ping'] }),
    allowed: ADMINS,
  },
  { name: 'read a webhook', method: 'GET', path: '/webhooks/{id}', url: (f) => `/webhooks/${f.webhookId}`, allowed: ADMINS },
  {
    name: 'change a webhook',
    method: 'PUT',
    path: '/webhooks/{id}',
    url: (f) => `/webhooks/${f.webhookId}`,
    body: () => ({ description: 'Bot' }),
    allowed: ADMINS,
  },
  {
    name: 'read a webhook’s deliveries',
    method: 'GET',
    path: '/webhooks/{id}/deliveries',
    url: (f) => `/webhooks/${f.webhookId}/deliveries`,
    allowed: ADMINS,
  },
  {
    name: 'redeliver a delivery',
    method: 'POST',
    path: '/webhooks/{id}/deliveries/{deliveryId}/redeliver',
    url: (f) => `/webhooks/${f.webhookId}/deliveries/${f.deliveryId}/redeliver`,
    allowed: ADMINS,
  },
  { name: 'send a test ping', method: 'POST', path: '/webhooks/{id}/ping', url: (f) => `/webhooks/${f.webhookId}/ping`, allowed: ADMINS },
  { name: 'delete a webhook', method: 'DELETE', path: '/webhooks/{id}', url: (f) => `/webhooks/${f.webhookId}`, allowed: ADMINS },
  { name: 'list redirects', method: 'GET', path: '/redirects', url: () => '/redirects', allowed: EDITORS },
  {
    name: 'add a redirect',
    method: 'POST',
    path: '/redirects',
    url: () => '/redirects',
    body: () => ({ fromPath: '/2019/05/old-story/', target: { url: 'https://example.org/' } }),
    allowed: EDITORS,
  },
  {
    name: 'change a redirect',
    method: 'PATCH',
    path: '/redirects/{id}',
    url: (f) => `/redirects/${f.redirectId}`,
    body: () => ({ target: { url: 'https://example.org/moved' } }),
    allowed: EDITORS,
  },
  { name: 'delete a redirect', method: 'DELETE', path: '/redirects/{id}', url: (f) => `/redirects/${f.spareRedirectId}`, allowed: EDITORS },
  {
    name: 'revoke a content key',
    method: 'DELETE',
    path: '/content-keys/{id}',
    url: (f) => `/content-keys/${f.contentKeyId}`,
    allowed: ADMINS,
  },
  { name: 'disable a user', method: 'POST', path: '/users/{id}/disable', url: (f) => `/users/${f.userId}/disable`, allowed: ADMINS },
  { name: 'enable a user', method: 'POST', path: '/users/{id}/enable', url: (f) => `/users/${f.userId}/enable`, allowed: ADMINS },
  {
    name: 'change one’s password',
    method: 'PUT',
    path: '/session/password',
    url: () => '/session/password',
    body: () => ({ currentPassword: PASSWORD, newPassword: 'another long enough password' }),
    allowed: EVERYONE,
  },
  { name: 'sign out', method: 'DELETE', path: '/session', url: () => '/session', allowed: EVERYONE },
]

/** A small PNG as a browser's upload form would send it. */
export async function pngUpload() {
  const data = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#123' } })
    .png()
    .toBuffer()
  const boundary = '----vistkamatrix'
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`
  return {
    data,
    multipart: {
      payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    },
  }
}

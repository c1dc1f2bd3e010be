import { randomBytes } from 'node:crypto'

/** A short id that names every database one test run creates, so teardown can find and drop them. */
export const testRunId = () => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`

/** The connection used to create and drop test databases: TEST_DATABASE_URL's own database (it is never written to). */
export const adminUrl = (base: string): string => base

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.href
}

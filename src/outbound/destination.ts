import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { hostOf, isPublicAddress } from './address-policy.js'

export type DestinationProblem =
  | { problem: 'not_http' }
  | { problem: 'unresolved'; host: string }
  | { problem: 'private'; host: string; address: string }

/**
 * Whether a server-side request may go to this address: http(s), and (unless private addresses
 * are allowed) a host whose every address is public. Checked when an address is registered; the
 * request checks again at connect time, since a name may resolve differently later.
 */
export async function checkDestination(raw: string, allowPrivate: boolean): Promise<DestinationProblem | undefined> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { problem: 'not_http' }
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return { problem: 'not_http' }
  if (allowPrivate) return undefined
  const host = hostOf(url)
  if (isIP(host)) return isPublicAddress(host) ? undefined : { problem: 'private', host, address: host }
  let addresses: { address: string }[]
  try {
    addresses = await lookup(host, { all: true })
  } catch {
    return { problem: 'unresolved', host }
  }
  const refused = addresses.find((a) => !isPublicAddress(a.address))
  return refused ? { problem: 'private', host, address: refused.address } : undefined
}

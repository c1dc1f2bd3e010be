import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { hostOf, isPublicAddress } from './address-policy.js'

/** What the receiver answered; what it sent is kept only up to `maxResponseBytes`. */
export interface PostResult {
  status: number
  headers: http.IncomingHttpHeaders
  excerpt: string
  durationMs: number
}

/** A request that got no answer: the address was refused, it timed out, or the network failed. */
export class PostFailed extends Error {
  constructor(
    readonly reason: 'refused_address' | 'timeout' | 'network',
    message: string,
    readonly durationMs: number,
  ) {
    super(message)
    this.name = 'PostFailed'
  }
}

export interface PostOptions {
  url: string
  body: string
  headers: Record<string, string>
  /** The whole exchange, connecting included. */
  timeoutMs: number
  /** Private, loopback and link-local addresses too (tests, intranets); otherwise refused after DNS resolution. */
  allowPrivate: boolean
  /** How much of the answer is read; the rest is dropped with the connection. */
  maxResponseBytes: number
}

/** Refuses, at connect time, a name that resolves to an address it may not reach (a rebinding DNS answer included). */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0)
      const refused = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address))
      if (refused) {
        const e = Object.assign(new Error(`${hostname} resolves to ${refused.address}, a private or local address`), {
          code: 'EREFUSEDADDRESS',
        })
        return callback(e, '', 0)
      }
      const [first] = addresses
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0)
      // Node asks for every address when it tries IPv6 and IPv4 in turn (autoSelectFamily).
      if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      else callback(null, first.address, first.family)
    })
  }
}

/**
 * POSTs a body to an outside address the way webhooks and CDN purges must: http(s) only, no
 * redirects followed, private addresses refused after DNS resolution (unless allowed), a deadline
 * on the whole exchange, and at most `maxResponseBytes` of the answer read.
 */
export function safePost(o: PostOptions): Promise<PostResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const url = new URL(o.url)
  const host = hostOf(url)
  if (isIP(host) && !o.allowPrivate && !isPublicAddress(host)) {
    return Promise.reject(new PostFailed('refused_address', `${host} is a private or local address`, 0))
  }
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    let settled = false
    const fail = (err: PostFailed) => {
      if (settled) return
      settled = true
      reject(err)
    }
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(o.body), ...o.headers },
        lookup: guardedLookup(o.allowPrivate),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        const finish = () => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            excerpt: Buffer.concat(chunks).toString('utf8').slice(0, 1000),
            durationMs: elapsed(),
          })
          res.destroy()
        }
        res.on('data', (chunk: Buffer) => {
          if (size >= o.maxResponseBytes) return
          chunks.push(chunk.subarray(0, o.maxResponseBytes - size))
          size += chunk.length
          if (size >= o.maxResponseBytes) finish()
        })
        res.on('end', finish)
        res.on('error', finish)
        res.on('aborted', finish)
      },
    )
    const timer = setTimeout(() => {
      fail(new PostFailed('timeout', `no answer within ${o.timeoutMs / 1000} s`, elapsed()))
      req.destroy()
    }, o.timeoutMs)
    req.on('error', (err: Error & { code?: string }) => {
      clearTimeout(timer)
      const refused = err.code === 'EREFUSEDADDRESS'
      fail(new PostFailed(refused ? 'refused_address' : 'network', err.message, elapsed()))
    })
    req.end(o.body)
  })
}

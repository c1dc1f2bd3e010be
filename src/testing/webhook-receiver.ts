import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  path: string
  headers: IncomingHttpHeaders
  body: string
  // biome-ignore lint/suspicious/noExplicitAny: tests read bodies of every event's shape
  json: any
}

/**
 * A local HTTP server standing in for a webhook receiver or a CDN's purge API: it records every
 * request and answers as `respond` says (200 by default), so tests see exactly what was sent.
 */
export async function startReceiver(respond: (req: Received, res: ServerResponse) => void = (_req, res) => res.end('ok')) {
  const received: Received[] = []
  let responder = respond
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      let json: unknown
      try {
        json = JSON.parse(body)
      } catch {
        json = undefined
      }
      const r: Received = { path: req.url ?? '/', headers: req.headers, body, json }
      received.push(r)
      responder(r, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Changes how the next requests are answered. */
    answer(next: (req: Received, res: ServerResponse) => void) {
      responder = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

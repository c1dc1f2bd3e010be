import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

/**
 * The machine's limit for a response this size: a bare node:http server answering the same story
 * page bytes (and headers of the same kind) from memory. Started as its own process by run.ts.
 */
const [file = '', port = '0'] = process.argv.slice(2)
const body = readFileSync(file)
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'public, max-age=60' })
  res.end(body)
})
server.listen(Number(port), '127.0.0.1', () => {
  const address = server.address()
  console.log(typeof address === 'object' && address ? address.port : port)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))

import { connect, createServer, type Server, type Socket } from 'node:net'

/**
 * A TCP proxy in front of a server (PostgreSQL) that a test can take down and bring back on the
 * same port: down, every connection through it is cut and new ones are refused (ECONNREFUSED), as
 * while the database restarts or fails over.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>()
  let server: Server | undefined
  let port = 0

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(target.port, target.host)
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on('close', () => sockets.delete(socket))
          socket.on('error', () => {
            client.destroy()
            upstream.destroy()
          })
        }
        client.pipe(upstream).pipe(client)
      })
      s.once('error', reject)
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as { port: number }).port
        server = s
        resolve()
      })
    })

  await listen()
  return {
    get port() {
      return port
    },
    /** Cuts every connection and refuses new ones until `up()`. */
    async down(): Promise<void> {
      const s = server
      server = undefined
      for (const socket of sockets) socket.destroy()
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()))
    },
    up: listen,
  }
}

import type { Kysely } from 'kysely'
import type pg from 'pg'
import type { DB } from '../db/schema.js'
import { packages } from '../packages-on-use.js'
import type { ChangeChannel } from './change-fanout.js'
import { notifyChange, PG_CHANNEL } from './change-log.repository.js'

const BACKOFF_MS = [100, 250, 500, 1000, 2000]

/**
 * Processes on one PostgreSQL database tell each other about changes with NOTIFY, each listening
 * on a connection of its own. Notifications sent while a listener is away are lost, so after a
 * reconnect the process drops every cache (`onResync`) before it trusts them again. Reconnects
 * back off from 100 ms to 2 s while the database is away.
 */
export function pgChannel(db: Kysely<DB>, url: string, onError: (err: unknown) => void = () => {}): ChangeChannel {
  let client: pg.Client | undefined
  let listening = false
  let stopped = false
  let attempt = 0
  let retry: NodeJS.Timeout | undefined
  let onMessage: (message: string) => void = () => {}
  let onResync: () => void = () => {}

  async function connect(resync: boolean): Promise<void> {
    const c = new (packages.pg().Client)({ connectionString: url, connectionTimeoutMillis: 5000, keepAlive: true })
    client = c
    c.on('error', (err) => {
      onError(err)
      lost(c)
    })
    c.on('end', () => lost(c))
    c.on('notification', (n) => {
      if (n.channel === PG_CHANNEL && n.payload) onMessage(n.payload)
    })
    try {
      await c.connect()
      await c.query(`LISTEN ${PG_CHANNEL}`)
    } catch (err) {
      onError(err)
      lost(c)
      return
    }
    if (stopped) return
    listening = true
    attempt = 0
    if (resync) onResync()
  }

  function lost(which: pg.Client): void {
    if (which !== client) return
    listening = false
    client = undefined
    which.end().catch(() => {})
    if (stopped || retry) return
    const delay = BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)] as number
    retry = setTimeout(() => {
      retry = undefined
      void connect(true)
    }, delay)
    retry.unref()
  }

  return {
    async start(message, resync) {
      onMessage = message
      onResync = resync
      await connect(false)
    },
    async publish(message) {
      await notifyChange(db, message)
    },
    connected: () => listening,
    async stop() {
      stopped = true
      listening = false
      clearTimeout(retry)
      const c = client
      client = undefined
      await c?.end().catch(() => {})
    },
  }
}

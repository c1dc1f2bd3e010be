import { randomUUID } from 'node:crypto'
import { createEventBus, type DomainEvents, type EventBus, type EventName } from '../events.js'

/**
 * The events that make something another process holds stale: cached pages, the sections menu,
 * feeds and sitemaps. Sessions and API tokens need none: they are read from the database on
 * every request, so a disabled user or a revoked token is refused everywhere at once.
 */
export const FANNED_OUT = [
  'story.published',
  'story.unpublished',
  'story.updated',
  'stories.imported',
  'topic.updated',
  'author.updated',
  'media.updated',
  'media.deleted',
] as const satisfies readonly EventName[]
type FannedOut = (typeof FANNED_OUT)[number]

/** How messages travel between the processes on one database (pg-channel.ts, sqlite-channel.ts). */
export interface ChangeChannel {
  /** Starts listening. `onResync` runs when messages may have been missed (a reconnect): drop every cache. */
  start(onMessage: (message: string) => void, onResync: () => void): Promise<void>
  publish(message: string): Promise<void>
  /** Whether the channel is listening now (part of /ready). */
  connected(): boolean
  stop(): Promise<void>
}

// PostgreSQL's NOTIFY takes at most 8,000 bytes; batches of ids are sent in slices well below.
const IDS_PER_MESSAGE = 200

interface Message {
  /** The process that sent it: a process ignores its own. */
  o: string
  e: FannedOut
  p: DomainEvents[FannedOut]
}

/**
 * Relays the events in FANNED_OUT between processes. Returns `cacheEvents`: a bus carrying this
 * process's own events and every other process's, for the subscribers that keep caches exact
 * (page-cache invalidation, the menu). Work that must happen once per change (re-rendering
 * bodies, indexing) stays on the local bus, so it isn't repeated by every process.
 */
export function fanOutChanges(deps: { local: EventBus; channel: ChangeChannel; onError: (err: unknown) => void; onResync: () => void }) {
  const { local, channel, onError } = deps
  const origin = randomUUID()
  const cacheEvents = createEventBus((err) => onError(err))

  for (const name of FANNED_OUT) {
    local.on(name, (payload) => {
      cacheEvents.emit(name, payload)
      for (const message of encode(origin, name, payload)) channel.publish(message).catch(onError)
    })
  }

  const receive = (raw: string) => {
    let message: Message
    try {
      message = JSON.parse(raw) as Message
    } catch (err) {
      onError(err)
      return
    }
    if (message.o === origin || !(FANNED_OUT as readonly string[]).includes(message.e)) return
    cacheEvents.emit(message.e, message.p as never)
  }

  return {
    cacheEvents,
    start: () => channel.start(receive, deps.onResync),
    connected: () => channel.connected(),
    stop: () => channel.stop(),
  }
}

function encode(origin: string, name: FannedOut, payload: DomainEvents[FannedOut]): string[] {
  if (name === 'stories.imported') {
    const { storyIds } = payload as DomainEvents['stories.imported']
    const slices: string[] = []
    for (let i = 0; i < storyIds.length; i += IDS_PER_MESSAGE) {
      slices.push(JSON.stringify({ o: origin, e: name, p: { storyIds: storyIds.slice(i, i + IDS_PER_MESSAGE) } }))
    }
    return slices
  }
  return [JSON.stringify({ o: origin, e: name, p: payload })]
}

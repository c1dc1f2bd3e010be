import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { cancellable, withBuildLock } from './postgres-builds-backend.js'
import { forgetSearchIndexes, knownSearchIndexes, type SearchIndex, searchIndexes } from './postgres-catalogue-backend.js'

/**
 * PostgreSQL's search index by month (docs/decisions/023-search-windows.md). GIN answers "which
 * documents hold this word" as one posting list in table order, so the newest 500 matches of an
 * everyday word meant reading all of its 30,000–90,000 matches from the table at 100,000 stories.
 * Beside the whole index, each recent month has its own small GIN index (a partial index,
 * `WHERE fresh_at >= start AND fresh_at < end`), and one more covers everything after the last
 * month; a search walks them newest first and stops as soon as it has its candidates.
 *
 * Which windows exist is read from the catalogue (see `windowBounds`), so searches never depend
 * on them: a missing window only makes its stretch of time slower to search.
 */

/** Months with a window of their own, up to and including the month after the current one. */
export const WINDOW_MONTHS = 14
const PREFIX = 'search_documents_w_'
/** A window index's name: its first day and the day after its last, in days since 1970 (`on`: no end). */
export const windowName = (start: number, end: number | null) => `${PREFIX}${start}_${end ?? 'on'}`
const NAME = /^search_documents_w_(\d+)_(\d+|on)$/
/** pg_try_advisory_lock's first key ("vist"), the schema's hash the second: one process at a time tends a schema's windows. */
const LOCK = 0x76697374

export interface Window {
  start: number
  end: number | null
}

const DAY_MS = 86_400_000
const monthStart = (year: number, month: number) => Date.UTC(year, month, 1) / DAY_MS

/**
 * The windows a search index should have at `now`: a window a month (UTC) for the WINDOW_MONTHS
 * months ending with the month after the later of `now` and the newest document, and an open one
 * from the month after that.
 */
export function plannedWindows(now: Date, newestDay: number | null): Window[] {
  const newest = newestDay === null ? now : new Date(Math.max(now.getTime(), newestDay * DAY_MS))
  const year = newest.getUTCFullYear()
  const next = newest.getUTCMonth() + 1
  const windows: Window[] = []
  for (let m = next - WINDOW_MONTHS + 1; m <= next; m++) windows.push({ start: monthStart(year, m), end: monthStart(year, m + 1) })
  windows.push({ start: monthStart(year, next + 1), end: null })
  return windows
}

/** The window indexes among the search table's, and whether each is ready to use (false: being built, or left half-built). */
function windowIndexes(indexes: readonly SearchIndex[]): { name: string; valid: boolean; window: Window }[] {
  return indexes.flatMap(({ name, valid }) => {
    const m = NAME.exec(name)
    return m ? [{ name, valid, window: { start: Number(m[1]), end: m[2] === 'on' ? null : Number(m[2]) } }] : []
  })
}

/** The bounds of each catalogue read, worked out once (a search asks for them every time). */
const boundsOf = new WeakMap<readonly SearchIndex[], number[]>()

/**
 * The days where one searched stretch of time ends and the next begins, ascending: every window's
 * start and end. A search asks each stretch between two of them (and before the first, after the
 * last) in turn, newest first; each lies inside a window, whose index answers it.
 */
export async function windowBounds(db: Kysely<DB>): Promise<number[]> {
  const indexes = await knownSearchIndexes(db)
  let bounds = boundsOf.get(indexes)
  if (bounds === undefined) {
    const days = new Set<number>()
    for (const { window, valid } of windowIndexes(indexes)) {
      if (!valid) continue
      days.add(window.start)
      if (window.end !== null) days.add(window.end)
    }
    bounds = [...days].sort((a, b) => a - b)
    boundsOf.set(indexes, bounds)
  }
  return bounds
}

/**
 * Makes the windows match plannedWindows: builds the missing ones (CREATE INDEX CONCURRENTLY:
 * writes and searches go on meanwhile), then drops those no longer planned and any a crash left
 * half-built. One process at a time (an advisory lock; the others return at once). Run by every
 * serving process at start and hourly, and after a rebuild or an import (SearchBackend.compact).
 * A stopping server cancels a build in progress (`signal`) and leaves the rest to the next run.
 */
export async function keepWindows(db: Kysely<DB>, now: Date, signal?: AbortSignal): Promise<{ created: number; dropped: number }> {
  const kept = await withBuildLock(db, LOCK, async (conn) => {
    const newest = await sql<{ day: number | null }>`SELECT max(fresh_at) AS day FROM search_documents`.execute(conn)
    const planned = plannedWindows(now, newest.rows[0]?.day ?? null)
    const wanted = new Set(planned.map((w) => windowName(w.start, w.end)))
    const all = windowIndexes(await searchIndexes(conn))
    let dropped = 0
    // Half-built by a process that died: dropped and built again.
    for (const r of all.filter((r) => !r.valid)) {
      await sql`DROP INDEX CONCURRENTLY IF EXISTS ${sql.id(r.name)}`.execute(conn)
      dropped++
    }
    const have = new Set(all.filter((r) => r.valid).map((r) => r.name))
    let created = 0
    let stopped = false
    for (const w of [...planned].reverse()) {
      const name = windowName(w.start, w.end)
      if (have.has(name)) continue
      const range =
        w.end === null ? sql`fresh_at >= ${sql.lit(w.start)}` : sql`fresh_at >= ${sql.lit(w.start)} AND fresh_at < ${sql.lit(w.end)}`
      const built = await cancellable(db, conn, signal, () =>
        sql`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${sql.id(name)} ON search_documents USING GIN (terms) WHERE ${range}`.execute(conn),
      )
      stopped = built === 'stopped'
      if (stopped) break
      created++
    }
    // Only once the planned ones exist, so every stretch of time always has a window.
    for (const name of have) {
      if (stopped || wanted.has(name)) continue
      await sql`DROP INDEX CONCURRENTLY IF EXISTS ${sql.id(name)}`.execute(conn)
      dropped++
    }
    if (created || dropped) forgetSearchIndexes(db)
    return { created, dropped }
  })
  return kept === 'busy' ? { created: 0, dropped: 0 } : kept
}

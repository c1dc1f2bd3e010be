import type { SearchQuery } from './query.js'
import { epochDays, FIELD_WEIGHTS, HEADLINE_BONUS, RECENCY } from './search-backend.js'

/**
 * How both back ends rank a reader's query, in TypeScript (docs/decisions/022-search-ranking.md):
 * each query word's weight in the fields that hold it, saturating as bm25's term frequency does,
 * × the headline factor × the freshness boost. What a field holds comes from the headline's terms
 * and a few bytes per document written with it: the body's repeated terms with their count, then
 * the lead's terms, each as a 32-bit entry. FTS5's bm25 spent ~6 ms a statement at 100,000 stories
 * counting every match of each term for its IDF; Postgres's ts_rank ~60 µs a row reading each
 * candidate's whole tsvector.
 */

/** bm25's k1, FTS5's default: how fast a word's weight saturates as it repeats. */
const K1 = 1.2
/** An entry's low four bits: 0 for a lead term, else how often the body holds it (2–15). */
const COUNT_BITS = 0xf
const LEAD = 0

/**
 * A term's key in the ranking entries: FNV-1a over its UTF-16 code units, the low four bits left
 * for the count. Stored: changing it needs `vistka reindex`. Two terms of one document sharing a
 * key (about one query word in 40 million) would only lend one the other's count.
 */
export function termKey(term: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193)
  return (hash & ~COUNT_BITS) >>> 0
}

/**
 * What a document's ranking needs beyond its headline, as 32-bit little-endian entries: the key
 * of each body term written n ≥ 2 times with n (up to 15) in its low bits, then the key of each
 * lead term with 0. A body word written once is not listed: a document that matches a word and
 * does not list it holds it once in its body (or only in its headline or lead — counted the same).
 */
export function rankingTerms(lead: string, body: string): Buffer {
  const counts = new Map<string, number>()
  for (const term of body.split(' ')) if (term !== '') counts.set(term, (counts.get(term) ?? 0) + 1)
  const entries: number[] = []
  for (const [term, n] of counts) if (n > 1) entries.push(termKey(term) | Math.min(n, COUNT_BITS))
  for (const term of new Set(lead.split(' '))) if (term !== '') entries.push(termKey(term) | LEAD)
  const out = Buffer.alloc(entries.length * 4)
  for (const [i, entry] of entries.entries()) out.writeUInt32LE(entry >>> 0, i * 4)
  return out
}

/** What a document's ranking entries say of one word (its termKey): whether its lead holds it, and how often its body does (null: not listed, once). */
export function probeEntries(entries: Uint8Array | null, key: number): { lead: boolean; count: number | null } {
  return probeView(entries === null ? null : viewOf(entries), key)
}

const viewOf = (entries: Uint8Array) => new DataView(entries.buffer, entries.byteOffset, entries.byteLength)

function probeView(view: DataView | null, key: number): { lead: boolean; count: number | null } {
  let lead = false
  let count: number | null = null
  if (view === null) return { lead, count }
  for (let at = 0; at + 4 <= view.byteLength; at += 4) {
    const entry = view.getUint32(at, true)
    if ((entry & ~COUNT_BITS) >>> 0 !== key) continue
    const low = entry & COUNT_BITS
    if (low === LEAD) lead = true
    else count = low
  }
  return { lead, count }
}

/** A word of the query as the ranking probes it: whole, or the start of a word being typed. */
export interface Probe {
  prefix: boolean
  /** What the space-padded headline terms hold where they hold the word. */
  needle: string
  key: number
}

/** The query's words, phrase words included, as the ranking probes them. */
export const probesOf = (query: SearchQuery): Probe[] =>
  query.terms.map((term) => {
    const prefix = term === query.prefix
    return { prefix, needle: prefix ? ` ${term}` : ` ${term} `, key: termKey(term) }
  })

/**
 * The score of each document of a query's candidates, from its headline's terms, its ranking
 * entries and its freshness (what both back ends read for each candidate).
 */
export function rankerFor(query: SearchQuery, now: string): (headlineTerms: string, entries: Uint8Array | null, freshAt: number) => number {
  const probes = probesOf(query)
  const today = epochDays(now)
  return (headlineTerms, entries, freshAt) => rankingScore(probeHits(probes, headlineTerms, entries), freshAt, today)
}

/** A candidate as a back end's walk found it, before its ranking entries are read. */
export interface Candidate {
  headlineTerms: string
  freshAt: number
}

/**
 * The best `keep` of a query's candidates with their scores, reading the ranking entries of as few
 * as it can (`entriesOf`, called once, for the candidates kept, in their order). Without its entries
 * a candidate's score is known to lie between what it scores holding each word once in its body
 * and what it would holding each in its lead and fifteen times in its body; one whose best can't
 * reach the worst of `keep` others is dropped unread. A headline holding the query's words multiplies
 * the score by up to 3 and freshness by up to 2, so once a few candidates have the words in their
 * headline most others are dropped: reading each candidate's entries was a third of a search's time
 * at 100,000 stories (500 blobs made into buffers). The result holds every candidate of the best
 * `keep` (by score, then as the caller breaks ties) with the same score as ranking them all gives,
 * and maybe others.
 */
export async function rankBest<C extends Candidate>(
  query: SearchQuery,
  now: string,
  candidates: readonly C[],
  keep: number,
  entriesOf: (kept: readonly C[]) => Promise<readonly (Uint8Array | null)[]>,
): Promise<{ candidate: C; score: number }[]> {
  if (keep <= 0) return []
  const probes = probesOf(query)
  const today = epochDays(now)
  let kept: readonly C[] = candidates
  if (candidates.length > keep) {
    // What each word adds at least (once, in the body) and at most, without and with the headline holding it.
    const once = (headline: boolean) => wordScore({ headline, lead: false, count: null })
    const fully = (headline: boolean) => wordScore({ headline, lead: true, count: COUNT_BITS })
    const words = probes.map((p) => ({
      needle: p.needle,
      least: [once(false), once(true)],
      // A word being typed counts by the headline only.
      most: p.prefix ? [once(false), once(true)] : [fully(false), fully(true)],
    }))
    const bounds = candidates.map((c) => {
      const headline = ` ${c.headlineTerms} `
      let least = 0
      let most = 0
      let inHeadline = 0
      for (const word of words) {
        const holds = Number(headline.includes(word.needle))
        least += word.least[holds] as number
        most += word.most[holds] as number
        inHeadline += holds
      }
      const scale = headlineFactor(inHeadline, words.length) * freshness(c.freshAt, today)
      return { least: least * scale, most: most * scale }
    })
    // The keep-th best least score (a typed array sorts numbers without a comparator).
    const threshold = Float64Array.from(bounds, (b) => b.least).sort()[candidates.length - keep] as number
    // A hair of slack: the bounds and the scores round the same sums in another order.
    kept = candidates.filter((_, i) => (bounds[i]?.most ?? Number.POSITIVE_INFINITY) * (1 + 1e-9) >= threshold)
  }
  const entries = kept.length > 0 ? await entriesOf(kept) : []
  const rank = rankerFor(query, now)
  return kept.map((candidate, i) => ({ candidate, score: rank(candidate.headlineTerms, entries[i] ?? null, candidate.freshAt) }))
}

/** What a document holds of each probe. */
export interface ProbeHit {
  /** The headline's terms hold it. */
  headline: boolean
  /** The lead's terms hold it (whole words only). */
  lead: boolean
  /** How often the body holds it, when listed (2–15); null when not (once). */
  count: number | null
}

/**
 * What a document holds of each probe, from its headline's terms (space-separated) and its
 * ranking entries (null for a document written before them: every word counts once, in the body).
 * A word being typed counts by the headline only, where it may start a word.
 */
export function probeHits(probes: readonly Probe[], headlineTerms: string, entries: Uint8Array | null): ProbeHit[] {
  const headline = ` ${headlineTerms} `
  const view = entries === null ? null : viewOf(entries)
  return probes.map((p) => {
    const inHeadline = headline.includes(p.needle)
    if (p.prefix) return { headline: inHeadline, lead: false, count: null }
    const { lead, count } = probeView(view, p.key)
    return { headline: inHeadline, lead, count }
  })
}

/** The score of one document (`today` in days since 1970): higher is better, on one scale for every document of a query. */
export function rankingScore(hits: readonly ProbeHit[], freshAt: number, today: number): number {
  let relevance = 0
  let inHeadline = 0
  for (const hit of hits) {
    relevance += wordScore(hit)
    inHeadline += Number(hit.headline)
  }
  return relevance * headlineFactor(inHeadline, hits.length) * freshness(freshAt, today)
}

/** What one word of the query adds: its weight in the fields that hold it, saturating as bm25's term frequency does. */
function wordScore(hit: ProbeHit): number {
  const weight =
    FIELD_WEIGHTS.headline * Number(hit.headline) + FIELD_WEIGHTS.lead * Number(hit.lead) + FIELD_WEIGHTS.body * (hit.count ?? 1)
  return (weight * (K1 + 1)) / (weight + K1)
}

/** ×1 to ×(1 + HEADLINE_BONUS), by the share of the query's words the headline holds. */
const headlineFactor = (inHeadline: number, words: number) => (words === 0 ? 1 : 1 + (HEADLINE_BONUS * inHeadline) / words)

/** ×1 to ×(1 + RECENCY.boost), by age (a document stamped after today counts as today's). */
const freshness = (freshAt: number, today: number) => 1 + RECENCY.boost * 0.5 ** (Math.max(0, today - freshAt) / RECENCY.halfLifeDays)

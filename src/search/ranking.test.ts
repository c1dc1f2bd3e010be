import { describe, expect, it } from 'vitest'
import { parseQuery } from './query.js'
import { type ProbeHit, probeEntries, rankBest, rankerFor, rankingScore, rankingTerms, termKey } from './ranking.js'

describe('rankingTerms', () => {
  const entries = (lead: string, body: string) => {
    const out = rankingTerms(lead, body)
    return Array.from({ length: out.length / 4 }, (_, i) => out.readUInt32LE(i * 4))
  }

  const entry = (term: string, low = 0) => (termKey(term) | low) >>> 0

  it('lists the body’s repeated terms with their count, then the lead’s terms once each', () => {
    expect(entries('уряд бюджет уряд', 'бюджет рада бюджет уряд бюджет рада')).toEqual([
      entry('бюджет', 3),
      entry('рада', 2),
      entry('уряд'),
      entry('бюджет'),
    ])
  })

  it('counts a body term up to fifteen times', () => {
    expect(entries('', Array(20).fill('мир').join(' '))).toEqual([entry('мир', 15)])
  })

  it('lists nothing for a body of single words and no lead', () => {
    expect(entries('', 'один два три')).toEqual([])
    expect(entries('', '')).toEqual([])
  })

  it('reads back what it wrote, and nothing for a word it does not list', () => {
    const written = rankingTerms('уряд бюджет', 'бюджет рада бюджет рада рада')
    expect(probeEntries(written, termKey('бюджет'))).toEqual({ lead: true, count: 2 })
    expect(probeEntries(written, termKey('рада'))).toEqual({ lead: false, count: 3 })
    expect(probeEntries(written, termKey('уряд'))).toEqual({ lead: true, count: null })
    expect(probeEntries(written, termKey('податк'))).toEqual({ lead: false, count: null })
    expect(probeEntries(null, termKey('бюджет'))).toEqual({ lead: false, count: null })
    // Entries read from a larger buffer (as a database driver may hand them) read the same.
    const shifted = Buffer.concat([Buffer.from([1, 2, 3]), written]).subarray(3)
    expect(probeEntries(shifted, termKey('рада'))).toEqual({ lead: false, count: 3 })
  })

  it('keys different terms differently and leaves the low bits for the count', () => {
    const keys = ['бюджет', 'бюджета', 'рада', 'rada', 'мир', 'мiр'].map(termKey)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key & 0xf).toBe(0)
  })
})

describe('rankingScore', () => {
  const today = Date.parse('2026-11-24T08:00:00.000Z') / 86_400_000
  const hit = (h: Partial<ProbeHit>): ProbeHit => ({ headline: false, lead: false, count: null, ...h })

  it('weighs a word in the headline above the lead, the lead above the body', () => {
    const headline = rankingScore([hit({ headline: true })], today, today)
    const lead = rankingScore([hit({ lead: true })], today, today)
    const body = rankingScore([hit({})], today, today)
    expect(headline).toBeGreaterThan(lead)
    expect(lead).toBeGreaterThan(body)
  })

  it('raises a body word’s weight as it repeats, less with each repeat', () => {
    const [once, twice, thrice, nine] = [null, 2, 3, 15].map((count) => rankingScore([hit({ count })], today, today)) as [
      number,
      number,
      number,
      number,
    ]
    expect(twice).toBeGreaterThan(once)
    expect(thrice - twice).toBeLessThan(twice - once)
    // Repeats never catch up with a headline: the body's weight saturates.
    expect(nine).toBeLessThan(rankingScore([hit({ headline: true })], today, today))
  })

  it('boosts today’s story up to twice, halving the extra every 14 days', () => {
    const fresh = rankingScore([hit({})], today, today)
    expect(rankingScore([hit({})], today - 14, today)).toBeCloseTo((fresh * 1.5) / 2)
    expect(rankingScore([hit({})], today - 3650, today)).toBeCloseTo(fresh / 2)
    // A document stamped after now (a clock behind the writer's) gets no more than today's boost.
    expect(rankingScore([hit({})], today + 2, today)).toBe(fresh)
  })

  it('multiplies by the share of the query’s words in the headline', () => {
    const none = rankingScore([hit({ count: 2 }), hit({ count: 2 })], today, today)
    const half = rankingScore([hit({ count: 2 }), hit({ headline: true, count: 2 })], today, today)
    const relevanceOfHeadlineWord = rankingScore([hit({ headline: true, count: 2 })], today, today) / 3
    const relevanceOfBodyWord = rankingScore([hit({ count: 2 })], today, today)
    expect(half).toBeCloseTo((relevanceOfBodyWord + relevanceOfHeadlineWord) * 2)
    expect(none).toBeCloseTo(relevanceOfBodyWord * 2)
  })
})

describe('rankerFor', () => {
  const now = '2026-11-24T08:00:00.000Z'
  const today = Date.parse(now) / 86_400_000
  const rank = (q: string, headlineTerms: string, entries: Buffer | null, asYouType = false) =>
    rankerFor(parseQuery(q, 'uk', { asYouType }), now)(headlineTerms, entries, today)

  it('counts a headline word only whole, and the word being typed where it starts a headline word', () => {
    const whole = rank('бюджет', 'бюджет рад', null)
    expect(rank('бюджет', 'бюджетн рад', null)).toBeLessThan(whole)
    expect(rank('бюджет', 'рад бюджет', null)).toBe(whole)
    expect(rank('бюдж', 'бюджетн рад', null, true)).toBe(whole)
    expect(rank('юдж', 'бюджетн рад', null, true)).toBeLessThan(whole)
  })

  it('reads a document’s lead and body from its entries, and one written before them as a word once in its body', () => {
    const before = rank('бюджет', 'новин', null)
    expect(rank('бюджет', 'новин', rankingTerms('', 'інш'))).toBe(before)
    expect(rank('бюджет', 'новин', rankingTerms('бюджет', ''))).toBeGreaterThan(before)
    expect(rank('бюджет', 'новин', rankingTerms('', 'бюджет бюджет'))).toBeGreaterThan(before)
    // The word being typed counts by the headline only.
    expect(rank('бюдж', 'новин', rankingTerms('бюджет', 'бюджет бюджет'), true)).toBe(before)
  })
})

describe('rankBest', () => {
  const now = '2026-11-24T08:00:00.000Z'
  const today = Date.parse(now) / 86_400_000
  const words = ['бюджет', 'рад', 'уряд', 'податк', 'мир', 'війн', 'школ', 'лікарн']

  /** Candidates made up from a seed: headlines, leads, bodies and ages of every kind. */
  function candidates(seed: number, n: number) {
    let x = seed
    const next = () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0
      return x / 2 ** 32
    }
    const some = (k: number) => Array.from({ length: k }, () => words[Math.floor(next() * words.length)] as string).join(' ')
    return Array.from({ length: n }, (_, i) => ({
      id: i,
      headlineTerms: some(1 + Math.floor(next() * 4)),
      freshAt: today - Math.floor(next() * 3650) * next() ** 3,
      entries: next() < 0.05 ? null : rankingTerms(some(Math.floor(next() * 6)), some(Math.floor(next() * 60))),
    }))
  }

  const best = (scored: { candidate: { id: number }; score: number }[], keep: number) =>
    [...scored].sort((a, b) => b.score - a.score || a.candidate.id - b.candidate.id).slice(0, keep)

  it('finds the same best candidates with the same scores as ranking every one, reading the entries of fewer', async () => {
    let read = 0
    let all = 0
    for (const [seed, q, keep] of [
      [1, 'бюджет', 11],
      [2, 'бюджет рада', 11],
      [3, 'уряд податки мир', 1],
      [4, '"війна школа"', 51],
      [5, 'лікарня', 500],
      [6, 'бюдж', 11],
    ] as const) {
      const query = parseQuery(q, 'uk', { asYouType: seed === 6 })
      const rank = rankerFor(query, now)
      const list = candidates(seed, 550)
      const everyOne = list.map((candidate) => ({ candidate, score: rank(candidate.headlineTerms, candidate.entries, candidate.freshAt) }))
      const scored = await rankBest(query, now, list, keep, async (kept) => {
        read += kept.length
        return kept.map((c) => c.entries)
      })
      all += list.length
      expect(best(scored, keep)).toEqual(best(everyOne, keep))
    }
    expect(read).toBeLessThan(all / 2)
  })

  it('scores a candidate whose entries are gone by the time they are read (rewritten or deleted meanwhile) as holding each word once', async () => {
    const query = parseQuery('бюджет', 'uk', { asYouType: false })
    const rank = rankerFor(query, now)
    const list = candidates(8, 40)
    const scored = await rankBest(query, now, list, 5, async (kept) => kept.map((c, i) => (i % 2 === 0 ? null : c.entries)))
    expect(scored.length).toBeGreaterThanOrEqual(5)
    for (const [i, { candidate, score }] of scored.entries()) {
      expect(score).toBe(rank(candidate.headlineTerms, i % 2 === 0 ? null : candidate.entries, candidate.freshAt))
    }
  })

  it('reads every candidate when there are no more than it keeps, and asks for nothing when there are none', async () => {
    const query = parseQuery('бюджет', 'uk', { asYouType: false })
    const list = candidates(7, 5)
    const asked: number[] = []
    const scored = await rankBest(query, now, list, 11, async (kept) => {
      asked.push(kept.length)
      return kept.map((c) => c.entries)
    })
    expect(scored.map((s) => s.candidate)).toEqual(list)
    expect(await rankBest(query, now, [], 11, async () => expect.unreachable())).toEqual([])
    expect(await rankBest(query, now, list, 0, async () => expect.unreachable())).toEqual([])
    expect(asked).toEqual([5])
  })
})

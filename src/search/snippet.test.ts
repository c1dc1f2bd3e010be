import { describe, expect, it } from 'vitest'
import { analyze } from './analysis.js'
import { highlight, snippet, termMatcher } from './snippet.js'

const matcher = (q: string, locale: string) => termMatcher(analyze(q, locale))
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('')
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text)
const filler = (n: number) => Array.from({ length: n }, (_, i) => `слово${i}`).join(' ')

describe('snippets', () => {
  it('marks every form of the query’s words in a headline', () => {
    expect(marked(highlight('Підтримка військ: уряд підтримав військових', 'uk', matcher('підтримку', 'uk')))).toEqual(['Підтримка'])
  })

  it('cuts a long text to a passage around the first match, at word boundaries, with ellipses', () => {
    const body = `${filler(300)} Уряд збільшив фінансування підтримки військами. ${filler(300)}`
    const passage = snippet(body, 'uk', matcher('підтримку військ', 'uk'))
    expect(marked(passage)).toEqual(['підтримки', 'військами'])
    expect(passage[0]?.text).toBe('…')
    expect(passage.at(-1)?.text).toBe('…')
    const inner = text(passage.slice(1, -1))
    expect(inner.length).toBeLessThanOrEqual(220)
    expect(body).toContain(inner)
    expect(inner.startsWith('слово')).toBe(true) // a whole word, not the end of one
  })

  it('starts at the beginning when nothing matches, and keeps a short text whole', () => {
    const body = `${filler(200)}`
    const passage = snippet(body, 'uk', matcher('ракета', 'uk'))
    expect(passage[0]?.text.startsWith('слово0 слово1')).toBe(true)
    expect(marked(passage)).toEqual([])
    expect(text(snippet('Коротко про ракети', 'uk', matcher('ракета', 'uk')))).toBe('Коротко про ракети')
  })

  it('finds the match when the stem first shows up inside another word, or only in another form', () => {
    // "рад" (рада) sits inside "порадник" long before the council is named.
    const inside = `Порадник ${filler(400)} Засідання ради відбудеться завтра. ${filler(100)}`
    expect(marked(snippet(inside, 'uk', matcher('рада', 'uk')))).toEqual(['ради'])
    // The text has ё where the term has е: not found by looking, found by reading.
    const yo = `${filler(400)} Самолёт приземлился. ${filler(100)}`
    expect(marked(snippet(yo, 'ru', matcher('самолет', 'ru')))).toEqual(['Самолёт'])
    // Written in capitals, with Ё, after many words holding the stem inside them.
    const loud = `${'Порадник '.repeat(80)}${filler(100)} ЗАСІДАННЯ РАДИ. САМОЛЁТ. ${filler(100)}`
    expect(marked(snippet(loud, 'uk', matcher('рада', 'uk')))).toEqual(['РАДИ'])
    expect(marked(snippet(loud, 'ru', matcher('самолет', 'ru')))).toEqual(['САМОЛЁТ'])
  })

  it('finds forms whose stem changes a letter, words with an apostrophe, and a match after words that only start alike', () => {
    const long = (words: string) => `${filler(400)} ${words} ${filler(400)}`
    const found = (body: string, q: string, locale: string) => marked(snippet(long(body), locale, matcher(q, locale)))
    expect(found('Обстріл Києва триває.', 'Київ', 'uk')).toEqual(['Києва'])
    expect(found('Уряд оголосив про підтримку.', 'підтримці', 'uk')).toEqual(['підтримку'])
    expect(found('Пам’ять про загиблих.', "пам'ять", 'uk')).toEqual(['Пам’ять'])
    expect(found('They were happy to see it.', 'happiness', 'en')).toEqual(['happy'])
    expect(found('Урядник прийшов, а уряду не було.', 'уряд', 'uk')).toEqual(['уряду'])
    expect(found('Экономика растёт.', 'экономики', 'ru')).toEqual(['Экономика'])
  })

  it('starts a long body with no match at its beginning, unmarked', () => {
    const body = `Початок тексту. ${filler(3000)}`
    const passage = snippet(body, 'uk', matcher('Харків', 'uk'))
    expect(marked(passage)).toEqual([])
    expect(passage[0]?.text.startsWith('Початок тексту.')).toBe(true)
  })

  it('finds a match far into a long body', () => {
    const body = `${filler(3000)} Обстріл Харкова триває.`
    expect(marked(snippet(body, 'uk', matcher('Харкові', 'uk')))).toEqual(['Харкова'])
  })

  it('finds an early match in one text after a late one in another, with the same query', () => {
    const query = matcher('Харкові', 'uk')
    expect(marked(snippet(`${filler(300)} Обстріл Харкова триває.`, 'uk', query))).toEqual(['Харкова'])
    expect(marked(snippet(`У Харкові тихо. ${filler(300)}`, 'uk', query))).toEqual(['Харкові'])
  })
})

import type { Block, InlineNode, RichTextDoc } from '../src/richtext/document.js'
import { STOP_WORDS } from '../src/search/stop-words.js'
import { WORD_FORMS } from '../src/search/word-forms.fixture.js'

export type BenchLocale = 'uk' | 'en' | 'ru'

/** A small fast seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    /** Skewed towards the start of the list, as word use is (a rough Zipf). */
    skewed: <T>(items: readonly T[]): T => items[Math.floor(next() ** 2.2 * items.length)] as T,
  }
}
export type Prng = ReturnType<typeof prng>

/** Real inflected words of each language (the analyser's test list) plus its stop words, for text that searches like news. */
const WORDS: Record<BenchLocale, { content: string[]; stop: string[] }> = {
  uk: { content: WORD_FORMS.uk.flat(), stop: [...(STOP_WORDS.uk ?? [])] },
  en: { content: WORD_FORMS.en.flat(), stop: [...(STOP_WORDS.en ?? [])] },
  ru: { content: WORD_FORMS.ru.flat(), stop: [...(STOP_WORDS.ru ?? [])] },
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Words in news proportions: about a third are stop words. */
function words(r: Prng, locale: BenchLocale, n: number): string[] {
  const w = WORDS[locale]
  return Array.from({ length: n }, () => (r.next() < 0.33 ? r.pick(w.stop) : r.skewed(w.content)))
}

export function sentence(r: Prng, locale: BenchLocale, min = 8, max = 20): string {
  return `${cap(words(r, locale, r.int(min, max)).join(' '))}.`
}

/** A headline of 60–110 characters. */
export function headline(r: Prng, locale: BenchLocale): string {
  let text = cap(words(r, locale, 6).join(' '))
  while (text.length < 60) text += ` ${words(r, locale, 1)[0]}`
  return text.length > 110 ? text.slice(0, 110).replace(/\s+\S*$/, '') : text
}

export function lead(r: Prng, locale: BenchLocale): string {
  return `${sentence(r, locale, 18, 30)} ${sentence(r, locale, 8, 14)}`
}

/**
 * A body of 400–1,200 words: paragraphs, two or three sub-headings, a quote (with a speaker when
 * there is one) and 2–5 internal links to earlier stories.
 */
export function body(r: Prng, locale: BenchLocale, linkTo: readonly string[], speakerId: string | undefined): RichTextDoc {
  const target = r.int(400, 1200)
  const blocks: Block[] = []
  let count = 0
  let links = Math.min(linkTo.length, r.int(2, 5))
  while (count < target) {
    const sentences = Array.from({ length: r.int(3, 6) }, () => sentence(r, locale))
    const text = sentences.join(' ')
    count += text.split(' ').length
    const content: InlineNode[] = [{ type: 'text', text }]
    if (links > 0 && r.next() < 0.5) {
      links--
      content.push(
        { type: 'text', text: ' ' },
        { type: 'text', text: sentence(r, locale, 4, 8), marks: [{ type: 'storyLink', attrs: { storyId: r.pick(linkTo) } }] },
      )
    }
    blocks.push({ type: 'paragraph', content })
    if (blocks.length % 4 === 2)
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: cap(words(r, locale, 4).join(' ')) }] })
    if (blocks.length === 5) {
      blocks.push({
        type: 'blockquote',
        attrs: { speakerId: speakerId ?? null, attribution: null },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(r, locale, 12, 24) }] }],
      })
    }
  }
  // Links not placed yet go in a closing paragraph, so every story has its 2–5.
  for (let i = 0; i < links; i++) {
    blocks.push({
      type: 'paragraph',
      content: [{ type: 'text', text: sentence(r, locale, 4, 8), marks: [{ type: 'storyLink', attrs: { storyId: r.pick(linkTo) } }] }],
    })
  }
  return { type: 'doc', content: blocks }
}

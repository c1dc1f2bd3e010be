import { STOP_WORDS } from '../src/search/stop-words.js'
import { WORD_FORMS } from '../src/search/word-forms.fixture.js'
import type { Block, InlineNode, RichTextDoc } from '../src/shared/richtext-document.js'

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

/**
 * A synthetic lexicon per language: 20,000 made-up stems in the language's letters, each used
 * with the language's own endings, drawn by a Zipf law — news text has tens of thousands of
 * distinct words, a few of them very common — with the analyser's real word list mixed in so
 * realistic queries find something. Stop words make up about a third of running text.
 */
/** Consonant onsets Ukrainian and Russian share; each language adds its own vowels and endings. */
const CYRILLIC_ONSETS = 'б в г д ж з к л м н п р с т ф х ц ч ш бр гр кр пр ст тр сл зв'.split(' ')
const SYLLABLES: Record<BenchLocale, { onsets: string[]; vowels: string[]; endings: string[] }> = {
  uk: {
    onsets: CYRILLIC_ONSETS,
    vowels: 'а о у е и і я ю є ї'.split(' '),
    endings: ['', ...'а и і у ою ом ам ами ах ів ий ого ому ими'.split(' ')],
  },
  ru: {
    onsets: CYRILLIC_ONSETS,
    vowels: 'а о у е и ы я ю э'.split(' '),
    endings: ['', ...'а ы е у ой ом ам ами ах ов ый ого ому ыми'.split(' ')],
  },
  en: {
    onsets: 'b c d f g h l m n p r s t v w br cr dr gr pr st tr sl pl'.split(' '),
    vowels: 'a e i o u ai ea ou'.split(' '),
    endings: ['', 's', 'ed', 'ing', 'er', 'ers'],
  },
}
const LEXICON_SIZE = 20_000

function lexicon(locale: BenchLocale): { forms: string[]; endings: number; real: string[]; stop: string[] } {
  const r = prng(locale.charCodeAt(0) * 7919)
  const { onsets, vowels, endings } = SYLLABLES[locale]
  const stems = new Set<string>()
  while (stems.size < LEXICON_SIZE) {
    let stem = ''
    for (let i = r.int(2, 3); i > 0; i--) stem += r.pick(onsets) + r.pick(vowels)
    stems.add(stem + r.pick(onsets))
  }
  // Every stem with every ending, made once: drawing a word is then an index, not a concatenation.
  const forms = [...stems].flatMap((stem) => endings.map((e) => stem + e))
  return { forms, endings: endings.length, real: WORD_FORMS[locale].flat(), stop: [...(STOP_WORDS[locale] ?? [])] }
}
const LEXICONS: Record<BenchLocale, ReturnType<typeof lexicon>> = { uk: lexicon('uk'), en: lexicon('en'), ru: lexicon('ru') }

/** A Zipf-distributed index into n items (rank 1 most common), by inverse transform of 1/rank. */
const LOG_LEXICON = Math.log(LEXICON_SIZE + 1)
function zipf(r: Prng): number {
  return Math.min(LEXICON_SIZE - 1, Math.floor(Math.exp(r.next() * LOG_LEXICON)) - 1)
}

/** The analyser's real words: common enough in the corpus that the benchmark's queries hit. */
export const realWords = (locale: BenchLocale): readonly string[] => LEXICONS[locale].real

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** One word in news proportions: a third stop words, a few percent real words, the rest from the lexicon. */
function word(r: Prng, lx: (typeof LEXICONS)[BenchLocale]): string {
  const roll = r.next()
  if (roll < 0.33) return r.pick(lx.stop)
  if (roll < 0.38) return r.pick(lx.real)
  return lx.forms[zipf(r) * lx.endings + Math.floor(r.next() * lx.endings)] as string
}

/** `n` words joined by spaces (built as one string: the corpus draws a quarter of a billion words). */
function words(r: Prng, locale: BenchLocale, n: number): string {
  const lx = LEXICONS[locale]
  let text = word(r, lx)
  for (let i = 1; i < n; i++) text += ` ${word(r, lx)}`
  return text
}

/** A sentence of min–max words; `count` hears how many. */
export function sentence(r: Prng, locale: BenchLocale, min = 8, max = 20, count?: (words: number) => void): string {
  const n = r.int(min, max)
  count?.(n)
  return `${cap(words(r, locale, n))}.`
}

/** A headline of 60–110 characters. */
export function headline(r: Prng, locale: BenchLocale): string {
  let text = cap(words(r, locale, 6))
  while (text.length < 60) text += ` ${words(r, locale, 1)}`
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
    let text = ''
    for (let i = r.int(3, 6); i > 0; i--) text += (text ? ' ' : '') + sentence(r, locale, 8, 20, (n) => (count += n))
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
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: cap(words(r, locale, 4)) }] })
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

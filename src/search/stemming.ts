import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stemmer as russianStemmer } from '@orama/stemmers/russian'
import { stemmer as ukrainianStemmer } from '@orama/stemmers/ukrainian'

/**
 * Place names whose stem changes between forms (і/о, і/є: Харків → Харкова, Київ → Києва), which
 * no suffix rule can join without joining unrelated words too: every form mapped to one term.
 */
const PLACE_FORMS: Record<'uk' | 'ru', Record<string, readonly string[]>> = {
  uk: {
    київ: ['київ', 'києва', 'києву', 'києві', 'києвом'],
    харків: ['харків', 'харкова', 'харкову', 'харкові', 'харковом'],
    львів: ['львів', 'львова', 'львову', 'львові', 'львовом'],
    чернігів: ['чернігів', 'чернігова', 'чернігову', 'чернігові', 'черніговом'],
    миколаїв: ['миколаїв', 'миколаєва', 'миколаєву', 'миколаєві', 'миколаєвом'],
    одеса: ['одеса', 'одеси', 'одесі', 'одесу', 'одесою'],
    тернопіль: ['тернопіль', 'тернополя', 'тернополю', 'тернополі', 'тернополем'],
    бориспіль: ['бориспіль', 'борисполя', 'борисполю', 'борисполі', 'борисполем'],
  },
  ru: {
    киев: ['киев', 'киева', 'киеву', 'киеве', 'киевом'],
    харьков: ['харьков', 'харькова', 'харькову', 'харькове', 'харьковом'],
    львов: ['львов', 'львова', 'львову', 'львове', 'львовом'],
  },
}
const PLACE_TERM = Object.fromEntries(
  Object.entries(PLACE_FORMS).map(([locale, places]) => [
    locale,
    new Map(Object.entries(places).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const))),
  ]),
) as Record<'uk' | 'ru', Map<string, string>>

const VOWEL = 'аеєиіїоуюя'

/**
 * Our fixes around the Ukrainian stemmer, each joining forms it splits (the word list in
 * word-forms.fixture.ts is the test). In order:
 * 1. -увати/-ує/-ують/-уємо… verbs: the stemmer cuts each form differently; cut the suffix here.
 * 2. noun plurals in -ати (депутати, зарплати, кандидати) are not infinitives: read them as -ат + и.
 *    Likewise plurals in -си (автобуси, процеси) are not reflexive verbs: read them as -с + и.
 * Then on the stemmer's output:
 * 3. -ія nouns keep і or іє in some cases (конференції → конференці): drop it after a consonant.
 * 4. instrumental -ею/-єю leaves е/є (гривнею → гривне, зброєю → зброє): drop it.
 * 5. past tense in -ила/-ули… and -ув (заявила, загинув): drop -ил/-ул/-ув when 4+ letters remain.
 * 6. к/ц and г/з alternate before і (підтримка → підтримці, дорога → дорозі): a final к reads as ц,
 *    a final г as з, so both forms share a term.
 */
function ukrainianStem(word: string): string {
  const verb = word.match(/^(.{4,})(?:ування|уватися|увати|ується|уються|ують|уємо|уєте|уєш|ує|ювала|ювали|ював|увала|ували|увало|ував)$/u)
  if (verb) return alternation(verb[1] as string)
  const input = /[^аеєиіїоуюяь]ати$|си$/u.test(word) ? word.slice(0, -1) : word
  let stem = ukrainianStemmer(input)
  stem = stem.replace(new RegExp(`(?<=[^${VOWEL}ь'])(?:іє|і)$`, 'u'), '')
  if (/[еє]ю$/u.test(word)) stem = stem.replace(/[еє]$/u, '')
  if (/(?:ил[аио]|ул[аио])$/u.test(word)) stem = stem.replace(/^(.{4,})(?:ил|ул)$/u, '$1')
  if (/ув$/u.test(word)) stem = stem.replace(/^(.{4,})ув$/u, '$1')
  return alternation(stem)
}

/**
 * The English (Porter) stemmer reads the -us of bus, virus and status as a plural -s (bus → bu,
 * buses → buse): keep -us words whole, and read -uses as -us + es.
 */
function englishStem(word: string): string {
  if (/us$/u.test(word)) return word
  if (/uses$/u.test(word)) return word.slice(0, -2)
  return englishStemmer(word)
}

const alternation = (stem: string) => stem.replace(/к$/u, 'ц').replace(/г$/u, 'з')

const isLatin = (word: string) => /^[a-z0-9]+$/u.test(word)
const isDigits = (word: string) => /^[0-9]+$/u.test(word)

/**
 * The term for one folded word, by its script and the text's language: Latin words take the
 * English stemmer in every language (names, NATO, Patriot), Cyrillic ones the Ukrainian or
 * Russian stemmer (Ukrainian for English texts, the more common case there).
 */
export function stem(word: string, locale: string): string {
  if (isDigits(word)) return word
  if (isLatin(word)) return englishStem(word)
  if (locale === 'ru') return PLACE_TERM.ru.get(word) ?? russianStemmer(word)
  return PLACE_TERM.uk.get(word) ?? ukrainianStem(word)
}

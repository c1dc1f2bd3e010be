import type { ImportedStory } from '../src/stories/story-import.service.js'
import type { TopicKind } from '../src/taxonomy/taxonomy.types.js'
import { type BenchLocale, body, headline, lead, type Prng } from './corpus-text.js'

/** Stories get published over this many days before the corpus's "now". */
export const SPAN_DAYS = 3 * 365
export const CORPUS_NOW = new Date('2026-11-24T08:00:00.000Z')
/** The seed of every story's text and references: the same corpus on every machine. */
export const CORPUS_SEED = 20261124

/** What the stories refer to, made before the first story: the same ids in both processes. */
export interface CorpusSetup {
  stories: number
  batch: number
  topics: Record<TopicKind, string[]>
  authors: string[]
  images: string[]
}

/**
 * A link to the story at an index of the corpus, resolved to its id once that story is imported
 * (ids are made by the import; the generator runs ahead of it in another process).
 */
const ref = (index: number) => `#${index}`

/**
 * The stories from `first` on, one import batch. `r` must have made every earlier batch, in
 * order: the corpus is one seeded sequence. Internal links point at the 500 stories before the batch.
 */
export function generateBatch(r: Prng, setup: CorpusSetup, first: number): ImportedStory[] {
  const { topics, authors, images } = setup
  const step = (SPAN_DAYS * 86_400_000) / setup.stories
  const recent = Array.from({ length: Math.min(first, 500) }, (_, i) => ref(first - Math.min(first, 500) + i))
  const batch: ImportedStory[] = []
  for (let i = first; i < Math.min(first + setup.batch, setup.stories); i++) {
    const publishedAt = new Date(CORPUS_NOW.getTime() - SPAN_DAYS * 86_400_000 + i * step).toISOString()
    const people = [r.pick(topics.person), r.pick(topics.person)]
    // Most stories in all three languages; some in Ukrainian only or with one translation.
    const targets = r.next() < 0.85 ? (['en', 'ru'] as const) : r.next() < 0.5 ? (['en'] as const) : []
    const version = (locale: BenchLocale) => ({
      locale,
      headline: headline(r, locale),
      lead: lead(r, locale),
      body: body(r, locale, recent, people[0]),
      publishedAt,
      ...(locale !== 'uk' && { sourceLocale: 'uk' }),
    })
    batch.push({
      sectionId: r.pick(topics.section),
      topicIds: [...new Set([r.skewed(topics.tag), r.skewed(topics.tag), r.pick(topics.place), ...people].slice(0, r.int(3, 6)))],
      authorIds: [r.pick(authors)],
      leadMediaId: r.pick(images),
      isBreaking: r.next() < 0.01,
      isImportant: r.next() < 0.05,
      versions: [version('uk'), ...targets.map(version)],
    })
  }
  return batch
}

/** Replaces the generator's story references with the ids the import gave those stories. */
export function resolveStoryRefs(batch: readonly ImportedStory[], storyIds: readonly string[]): void {
  const visit = (node: { content?: unknown[]; marks?: { type: string; attrs?: { storyId?: string } }[] }) => {
    for (const mark of node.marks ?? []) {
      const id = mark.attrs?.storyId
      if (mark.type === 'storyLink' && id?.startsWith('#'))
        (mark.attrs as { storyId: string }).storyId = storyIds[Number(id.slice(1))] as string
    }
    for (const child of node.content ?? []) visit(child as typeof node)
  }
  for (const story of batch) for (const v of story.versions) if (v.body) visit(v.body as Parameters<typeof visit>[0])
}

import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Kysely } from 'kysely'
import { isUniqueViolation } from '../db/database-errors.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { DomainError } from '../errors.js'
import { t } from '../i18n/messages.js'
import { ID_ALPHABET, ID_LENGTH } from '../ids.js'
import type { Services } from '../services.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { systemActor } from '../shared/roles.js'
import type { ConvertContext } from './html-to-richtext.js'
import { emptyReport, type ImportReport } from './import-report.js'
import { existingStoryIds, type ImportedId, loadImportedIds, rememberImportedIds } from './imported-id.repository.js'
import { attachmentForUrl, importMedia } from './media-import.js'
import { mapPost } from './post-mapping.js'
import { writeRedirects } from './redirects-of-posts.js'
import { type AssembledStory, assembleStory, type GroupMember, type ResolvedNames } from './story-groups.js'
import { importAuthors, importTopics } from './taxonomy-import.js'
import { updateImportedStory } from './update-imported.js'
import type { WxrItem } from './wxr.types.js'
import { addressPath, indexWxr, type PostFacts, uploadsPathOf, type WxrIndex } from './wxr-index.js'
import { readWxr } from './wxr-reader.js'

export interface WordPressImportDeps {
  db: Kysely<DB>
  services: Pick<Services, 'storyImport' | 'taxonomy' | 'media' | 'stories'>
  site: LocaleSettings
  clock: Clock
}

/**
 * Another run of the same export wrote the stories this one was writing (the same ids, chosen from
 * the export): this batch rolled back whole, nothing is doubled, and a run after that one finishes
 * completes the import.
 */
export class ImportRaced extends Error {
  constructor() {
    super(
      'another import of this site is writing the same stories right now; nothing of this batch was written. Run it again when that one has finished.',
    )
    this.name = 'ImportRaced'
  }
}

export interface WordPressImportOptions {
  file: string
  /** A copy of the site's wp-content/uploads. */
  uploads?: string
  /** WordPress language codes to ours (`pl` → `uk`). */
  localeMap?: Record<string, string>
  /** For posts with no language of their own; else the channel's, else the site's default. */
  defaultLocale?: string
  dryRun?: boolean
  /** Posts held at most while their groups are incomplete (WAITING_MAX); tests make it small. */
  holdAtMost?: number
  onProgress?: (phase: 'reading' | 'media' | 'posts', done: number, total: number) => void
}

/** Stories written per transaction: big enough to be fast, small enough that a failure loses little. */
const BATCH = 100
/** Posts held at most while their translation groups are incomplete (a few hundred KB each at worst). */
const WAITING_MAX = 2000

/**
 * Imports a WordPress export (docs/decisions/020-wordpress-import.md). Two readings of the file:
 * the first learns every post's language, translation group and address and every attachment and
 * term; then authors, topics and media come in; the second reading converts the posts and writes
 * each translation group as one story, a batch of stories per transaction, remembering what each
 * WordPress id became so that a re-run updates what changed and duplicates nothing.
 */
export async function importWordPress(deps: WordPressImportDeps, options: WordPressImportOptions): Promise<ImportReport> {
  try {
    return await importOnce(deps, options)
  } catch (err) {
    // A key another writer took first (a story id, an author's slug): the same export is being imported
    // beside us. The taxonomy service may see the other run's author or topic first and refuse its slug.
    throw isUniqueViolation(err) || takenByTheOtherRun(err) ? new ImportRaced() : err
  }
}

/** Authors and topics are matched to existing ones by slug before they are created: a slug taken after that was taken beside us. */
const takenByTheOtherRun = (err: unknown) =>
  err instanceof DomainError && (err.key === 'author_slug_taken' || err.key === 'topic_slug_taken')

async function importOnce(deps: WordPressImportDeps, options: WordPressImportOptions): Promise<ImportReport> {
  const started = Date.now()
  const dryRun = options.dryRun ?? false
  const size = (await stat(options.file)).size
  const index = await indexWxr(
    options.file,
    {
      map: options.localeMap ?? {},
      siteLocales: deps.site.locales,
      siteDefault: deps.site.defaultLocale,
      ...(options.defaultLocale && { fallback: options.defaultLocale }),
    },
    (bytes) => options.onProgress?.('reading', bytes, size),
  )
  options.onProgress?.('reading', size, size)
  const source = sourceOf(index)
  const report = emptyReport(options.file, source, dryRun)
  report.ignored = Object.fromEntries(index.ignoredTypes)
  const known = await loadImportedIds(deps.db, source)
  const now = () => toTimestamp(deps.clock())
  const remember = async (ids: ImportedId[]) => {
    if (!dryRun && ids.length) await rememberImportedIds(deps.db, source, ids, now())
  }

  const earlier = [...known.values()].filter((k) => k.kind === 'group' || k.kind === 'post').map((k) => k.targetId)
  const plan = planGroups(index, known, await existingStoryIds(deps.db, [...new Set(earlier)]), source)
  const usage = usedNames(index)
  const authors = await importAuthors(deps, index, usage.logins, known, dryRun)
  const topics = await importTopics(deps, index, usage.terms, known, dryRun)
  report.authors = { created: authors.created, reused: authors.reused }
  report.topics = { created: topics.created, reused: topics.reused }
  await remember([...authors.remembered, ...topics.remembered])
  const media = await importMedia(deps, index, options.uploads, known, report, {
    dryRun,
    remember,
    onProgress: (done, total) => options.onProgress?.('media', done, total),
  })

  // A link is to the old site when it is relative or names its host (with or without www.).
  const hosts = new Set([index.channel.link, index.channel.baseSiteUrl, index.channel.baseBlogUrl].flatMap((u) => hostOf(u) ?? []))
  function isOldSite(href: string): boolean {
    const host = hostOf(href)
    return host === undefined ? !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href) : hosts.has(host)
  }
  const convert: ConvertContext = {
    image: ({ url, attachmentId }) =>
      (attachmentId && media.get(attachmentId)) || (url ? media.get(attachmentForUrl(index, uploadsPathOf(url)) ?? '') : undefined),
    storyFor: (href) => {
      if (href.startsWith('#') || !isOldSite(href)) return undefined
      const path = addressPath(href)
      const postId = path && (index.postsByPath.get(path) ?? path.match(/^\/\?p=(\d+)$/)?.[1])
      const post = postId ? index.posts.get(postId) : undefined
      return post?.writable ? plan.storyIds.get(post.group) : undefined
    },
  }
  const names = { topics: topics.ids, authors: authors.ids, media }
  const run = { dryRun, source, now, captions: new Map<string, string>() }

  // The second reading: each group's posts wait until the last of them is read, then become one
  // story. Past WAITING_MAX waiting posts (translations far apart in the file) the longest-waiting
  // group is written as far as it has come, and its later posts join its story as they come.
  const waiting = new Map<string, GroupMember[]>()
  const arrived = new Map<string, number>()
  let waitingPosts = 0
  const batch: { group: string; members: GroupMember[] }[] = []
  let posts = 0
  const flush = async () => {
    const ready = batch.splice(0)
    if (ready.length) await writeGroups(deps, plan, ready, names, report, run)
  }
  for await (const entry of readWxr(createReadStream(options.file))) {
    if (entry.type !== 'item') continue
    const facts = index.posts.get(entry.item.id)
    if (!facts) continue
    options.onProgress?.('posts', ++posts, index.posts.size)
    const member = toMember(entry.item, facts, convert, report, now())
    const members = [...(waiting.get(facts.group) ?? []), member]
    const count = (arrived.get(facts.group) ?? 0) + 1
    waiting.delete(facts.group)
    waitingPosts -= members.length - 1
    if (count < (index.groups.get(facts.group)?.length ?? 1)) {
      waiting.set(facts.group, members)
      arrived.set(facts.group, count)
      waitingPosts += members.length
      if (waitingPosts > (options.holdAtMost ?? WAITING_MAX)) {
        const [group, part] = waiting.entries().next().value as [string, GroupMember[]]
        waiting.delete(group)
        waitingPosts -= part.length
        batch.push({ group, members: part })
        await flush() // written before any later post of the group comes
      }
      continue
    }
    arrived.delete(facts.group)
    batch.push({ group: facts.group, members })
    if (batch.length >= BATCH) await flush()
  }
  await flush()
  report.seconds = (Date.now() - started) / 1000
  return report
}

export interface GroupPlan {
  /** Each group's story id: the one an earlier run made, or one chosen now so posts can link to it. */
  storyIds: Map<string, string>
  /** Groups an earlier run made into stories that still exist. */
  existing: Set<string>
  /** Groups an earlier run imported whose story has since been deleted in the newsroom. */
  deleted: Set<string>
  known: ReadonlyMap<string, ImportedId>
}

function planGroups(index: WxrIndex, known: ReadonlyMap<string, ImportedId>, alive: ReadonlySet<string>, source: string): GroupPlan {
  const plan: GroupPlan = { storyIds: new Map(), existing: new Set(), deleted: new Set(), known }
  for (const [group, ids] of index.groups) {
    const byGroup = known.get(`group:${group}`)?.targetId
    // A post that gained its first translation since the last run is in a new group (Polylang makes
    // one then): its story is still the one the post became.
    const byPost = ids.map((id) => known.get(`post:${id}`)?.targetId).find((id) => id !== undefined && alive.has(id))
    const earlier = byGroup && alive.has(byGroup) ? byGroup : (byPost ?? byGroup)
    if (earlier && alive.has(earlier)) plan.existing.add(group)
    else if (earlier) plan.deleted.add(group)
    plan.storyIds.set(group, earlier ?? plannedStoryId(source, group))
  }
  return plan
}

/**
 * A new group's story id, the same on every run of the same export: a post linking to it gets the
 * same document each time, so an interrupted or repeated run finds its digest unchanged.
 */
function plannedStoryId(source: string, group: string): string {
  const bytes = createHash('sha256').update(`${source}\0${group}`).digest()
  let id = ''
  for (let i = 0; i < ID_LENGTH; i++) id += ID_ALPHABET[(bytes[i] as number) % 32]
  return id
}

/** The posts the import brings in: those in a language the site has. */
function importablePosts(index: WxrIndex): PostFacts[] {
  return [...index.posts.values()].filter((p) => typeof p.locale === 'string')
}

/** The logins and terms the importable posts use: only those become bylines and topics. */
function usedNames(index: WxrIndex): { logins: Set<string>; terms: Set<string> } {
  const logins = new Set<string>()
  const terms = new Set<string>()
  for (const p of importablePosts(index)) {
    for (const login of p.authors) logins.add(login)
    for (const term of p.terms) terms.add(term)
  }
  return { logins, terms }
}

function toMember(item: WxrItem, facts: PostFacts, convert: ConvertContext, report: ImportReport, now: string): GroupMember {
  const ref = { id: item.id, title: item.title }
  if (typeof facts.locale !== 'string') {
    const code = facts.locale.unknown
    report.skipped.push({ ...ref, reason: `its language '${code}' is not one of the site's: map it with --locale-map ${code}=<ours>` })
    return { item, facts }
  }
  const mapped = mapPost(item, facts.locale, convert, now)
  if ('skip' in mapped) {
    report.skipped.push({ ...ref, reason: mapped.skip })
    return { item, facts }
  }
  for (const note of mapped.notes) report.notes.push({ ...ref, kind: note.kind, reason: note.detail })
  if (mapped.neverPublic)
    report.neverPublic.push({
      ...ref,
      reason: mapped.neverPublic === 'private' ? 'private in WordPress' : 'protected by a password in WordPress',
    })
  if (mapped.untitled) report.untitled.push({ ...ref, title: mapped.version.headline, reason: 'it had no title' })
  return { item, facts, mapped }
}

/** Writes a batch of complete groups: new stories in one transaction, earlier ones updated one by one. */
async function writeGroups(
  deps: WordPressImportDeps,
  plan: GroupPlan,
  groups: { group: string; members: GroupMember[] }[],
  names: ResolvedNames,
  report: ImportReport,
  run: ImportRun,
): Promise<void> {
  const fresh: AssembledStory[] = []
  for (const { group, members } of groups) {
    const assembled = assembleStory(group, plan.storyIds.get(group) as string, members, names, deps.site, report)
    if (assembled && !run.dryRun) await keepCaptions(deps, assembled, run.captions)
    if (plan.deleted.has(group)) {
      for (const m of assembled?.members ?? [])
        report.skipped.push({ id: m.item.id, title: m.item.title, reason: 'its story was deleted in the newsroom since the last import' })
    } else if (plan.existing.has(group)) await updateImportedStory(deps, plan, group, members, assembled, report, run)
    else if (assembled) fresh.push(assembled)
  }
  // Written (or, on a dry run, as good as written): a later part of a group joins this story.
  for (const s of fresh) plan.existing.add(s.group)
  if (run.dryRun) {
    for (const s of fresh) count(report, s, 1)
    return
  }
  try {
    await writeNew(deps, fresh, report, run)
  } catch (err) {
    if (!(err instanceof DomainError) || fresh.length === 1) {
      if (err instanceof DomainError) refuse(report, fresh[0] as AssembledStory, err)
      else throw err
      return
    }
    // One bad story must not cost its batch: write them one at a time, and report the one refused.
    for (const s of fresh) {
      try {
        await writeNew(deps, [s], report, run)
      } catch (e) {
        if (!(e instanceof DomainError)) throw e
        refuse(report, s, e)
      }
    }
  }
}

/**
 * A `[caption]` or `<figcaption>` in a post is the picture's caption in the post's language, where
 * the library has none yet: our captions live with the picture, shown wherever it is used. A post
 * whose caption says something else than the library's keeps its words as a line under the picture.
 */
async function keepCaptions(deps: WordPressImportDeps, assembled: AssembledStory, library: Map<string, string>): Promise<void> {
  for (const [i, m] of assembled.members.entries()) {
    for (const { mediaId, caption } of m.mapped.captions) {
      // A picture shown in many posts is read once a run, not once a post.
      const key = `${mediaId}:${m.locale}`
      const current = library.get(key) ?? (await deps.services.media.getMedia(mediaId)).texts[m.locale]?.caption ?? ''
      library.set(key, current || caption.slice(0, 1000))
      if (!current)
        await deps.services.media.updateMedia(mediaId, { texts: { [m.locale]: { caption: caption.slice(0, 1000) } } }, systemActor)
      else if (current.trim() !== caption.trim()) {
        const version = assembled.story.versions[i]
        if (version) version.body = captionUnderImage(version.body as RichTextDoc, mediaId, caption)
      }
    }
  }
}

/** The document with an italic line of text after the (first) image of the picture. */
function captionUnderImage(doc: RichTextDoc, mediaId: string, caption: string): RichTextDoc {
  const at = doc.content.findIndex((b) => b.type === 'image' && b.attrs.mediaId === mediaId)
  if (at < 0) return doc
  const line: RichTextDoc['content'][number] = {
    type: 'paragraph',
    content: [{ type: 'text', text: caption, marks: [{ type: 'italic' }] }],
  }
  return { ...doc, content: [...doc.content.slice(0, at + 1), line, ...doc.content.slice(at + 1)] }
}

/** New stories in one transaction, with what their posts became and their old addresses. */
async function writeNew(deps: WordPressImportDeps, stories: readonly AssembledStory[], report: ImportReport, run: ImportRun) {
  if (!stories.length) return
  let redirects = 0
  await deps.services.storyImport.importStories(
    stories.map((s) => s.story),
    systemActor,
    async (trx) => {
      const remembered: ImportedId[] = []
      for (const s of stories) {
        remembered.push({ kind: 'group', externalId: s.group, targetId: s.story.id, digest: '' })
        for (const m of s.members) remembered.push({ kind: 'post', externalId: m.item.id, targetId: s.story.id, digest: m.mapped.digest })
      }
      await rememberImportedIds(trx, run.source, remembered, run.now())
      redirects = await writeRedirects(trx, stories, run.now())
    },
  )
  report.redirects += redirects
  for (const s of stories) count(report, s, 1)
}

function count(report: ImportReport, s: AssembledStory, sign: 1 | -1) {
  const counts = s.story.kind === 'page' ? report.pages : report.stories
  counts.created += sign
  counts.versions += sign * s.story.versions.length
}

function refuse(report: ImportReport, s: AssembledStory, err: DomainError) {
  for (const m of s.members) report.skipped.push({ id: m.item.id, title: m.item.title, reason: `refused: ${t('en', err.key, err.params)}` })
}

interface ImportRun {
  /** Library captions by `mediaId:locale`, as this run has read or written them. */
  captions: Map<string, string>
  dryRun: boolean
  source: string
  now: () => string
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

/**
 * The export's site, by its address without scheme or www. (a site that moved to https is the same
 * site): ids are remembered per source, so two sites' post #12 never meet.
 */
function sourceOf(index: WxrIndex): string {
  const site = index.channel.baseBlogUrl || index.channel.link || index.channel.baseSiteUrl || index.channel.title
  return `wordpress:${site
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '')}`
}

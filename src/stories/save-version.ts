import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { Conflict, Invalid, NotFound } from '../errors.js'
import type { EventBus } from '../events.js'
import { newId } from '../ids.js'
import { serializeBody } from '../richtext/rendered-body.js'
import { isReservedPageSlug } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { Actor } from '../shared/roles.js'
import { recordAudit } from '../users/audit.repository.js'
import { dropPending, keepPending, toWorkingVersion } from './pending.repository.js'
import { prepareBody } from './render-body.js'
import { authorizeEdit, isLive, mayChangeLive } from './story.policy.js'
import { findStory } from './story.repository.js'
import type { StoredContent } from './story.table.js'
import type { Story, StoryVersion, WorkingVersion } from './story.types.js'
import * as versions from './version.repository.js'
import {
  type ContentInput,
  chooseSlug,
  cleanEmbargo,
  cleanHeadline,
  cleanText,
  LEAD_MAX,
  SEO_DESCRIPTION_MAX,
  SEO_TITLE_MAX,
} from './version-content.js'

export interface SaveVersion {
  versionId: string
  /** The revision the editor started from; a save against any other is refused. */
  baseRevision: number
  changes: ContentInput & { embargoUntil?: string | null }
  /** On a translation: the source revision this save brings it up to. */
  sourceRevision?: number
  note?: string
}

export interface SaveDeps {
  db: Kysely<DB>
  events: EventBus
  now: () => string
  /** The site's languages: a page's slug may not be one (it would be that language's home). */
  site: LocaleSettings
}

/** A version, its story and its working text, for an operation that checks who acts. */
export async function loadVersion(trx: Kysely<DB>, id: string): Promise<{ story: Story; live: StoryVersion; working: WorkingVersion }> {
  const live = await versions.findVersionById(trx, id)
  if (!live) throw new NotFound('version_not_found', { id })
  const story = (await findStory(trx, live.storyId)) as Story
  return { story, live, working: await toWorkingVersion(trx, live) }
}

export const staleRevision = (v: Pick<StoryVersion, 'revision' | 'updatedBy'>, base: number) =>
  new Conflict('stale_revision', { current: v.revision, base, savedBy: v.updatedBy ?? '' })

/**
 * Saves an edit made against `baseRevision`; a stale base is a Conflict and nothing is written.
 * On a live version, the edit of someone who may not publish it is kept as pending text and readers
 * keep the live text (docs/decisions/011-live-edits.md); a publisher's save goes live and replaces
 * any pending text, which their working text included.
 */
export async function saveVersion(deps: SaveDeps, input: SaveVersion, actor: Actor): Promise<WorkingVersion> {
  const { db, events } = deps
  const at = deps.now()
  const { version, outcome } = await db.transaction().execute(async (trx) => {
    const { story, live, working } = await loadVersion(trx, input.versionId)
    authorizeEdit(actor, story, live)
    const reserved = story.kind === 'page' ? (slug: string) => isReservedPageSlug(deps.site, slug) : undefined
    const outcome = await writeSave(trx, { story, live, working }, input, actor, at, reserved)
    return { version: outcome === 'unchanged' ? working : await toWorkingVersion(trx, await requireLive(trx, live.id)), outcome }
  })
  // A pending save changes nothing readers see: no event, so pages, feeds and search stay as they are.
  if (outcome === 'live') events.emit('story.updated', { storyId: version.storyId, locale: version.locale })
  return version
}

async function requireLive(trx: Kysely<DB>, id: string): Promise<StoryVersion> {
  return (await versions.findVersionById(trx, id)) as StoryVersion
}

type Loaded = { story: Story; live: StoryVersion; working: WorkingVersion }

async function writeSave(
  trx: Kysely<DB>,
  { story, live, working }: Loaded,
  input: SaveVersion,
  actor: Actor,
  at: string,
  reserved?: (slug: string) => boolean,
): Promise<'unchanged' | 'pending' | 'live'> {
  if (working.revision !== input.baseRevision) throw staleRevision(working, input.baseRevision)
  const content = await contentAfter(trx, working, input, reserved)
  if (unchanged(working, content)) return 'unchanged' // an identical autosave is not a new revision
  const next = input.baseRevision + 1
  const pending = isLive(live) && !mayChangeLive(actor, story, live)
  const write: versions.VersionWrite = pending
    ? { revision: next } // the live columns, updated_at included, stay as readers see them
    : { content, revision: next, liveRevision: next, updatedAt: at, updatedBy: actor.userId }
  if (!(await versions.updateIfRevision(trx, live.id, input.baseRevision, write))) {
    const fresh = await toWorkingVersion(trx, await requireLive(trx, live.id)) // lost a race after our read
    throw staleRevision(fresh, input.baseRevision)
  }
  if (pending) await keepPending(trx, live.id, next, content, at, actor.userId)
  else {
    if (working.pending) await dropPending(trx, live.id)
    if (content.slug !== live.slug) await versions.rememberOldSlug(trx, live.locale, live.slug, live.storyId, at)
  }
  await versions.insertRevision(trx, {
    id: newId(),
    version_id: live.id,
    number: next,
    headline: content.headline,
    slug: content.slug,
    lead: content.lead,
    body: content.body,
    seo_title: content.seo_title,
    seo_description: content.seo_description,
    author_id: actor.userId,
    note: cleanText('note', input.note ?? '', 500),
    created_at: at,
    live: !pending, // a save that goes live is the text the version's row now holds
  })
  await recordAudit(trx, actor, at, {
    action: pending ? 'story_version.save_pending' : 'story_version.save',
    entityType: 'story_version',
    entityId: live.id,
    details: { storyId: live.storyId, locale: live.locale, revisionBefore: input.baseRevision, revisionAfter: next },
  })
  return pending ? 'pending' : 'live'
}

/** The working text with the edit applied, checked and rendered. */
async function contentAfter(
  trx: Kysely<DB>,
  v: WorkingVersion,
  input: SaveVersion,
  reserved?: (slug: string) => boolean,
): Promise<StoredContent> {
  const c = input.changes
  const headline = c.headline === undefined ? v.headline : cleanHeadline(c.headline)
  const slug = c.slug === undefined || c.slug === v.slug ? v.slug : await chooseSlug(trx, v.locale, c.slug, headline, v.id, reserved)
  const body = c.body === undefined ? undefined : await prepareBody(trx, c.body, v.locale)
  return {
    headline,
    slug,
    lead: c.lead === undefined ? v.lead : cleanText('lead', c.lead, LEAD_MAX),
    body: body?.json ?? JSON.stringify(v.body),
    body_parts: body?.rendered ?? (v.renderedBody ? serializeBody(v.renderedBody) : ''),
    seo_title: c.seoTitle === undefined ? v.seoTitle : cleanText('seoTitle', c.seoTitle, SEO_TITLE_MAX),
    seo_description: c.seoDescription === undefined ? v.seoDescription : cleanText('seoDescription', c.seoDescription, SEO_DESCRIPTION_MAX),
    embargo_until: c.embargoUntil === undefined ? v.embargoUntil : cleanEmbargo(c.embargoUntil),
    source_revision: input.sourceRevision === undefined ? v.sourceRevision : await checkSourceRevision(trx, v, input.sourceRevision),
  }
}

/** A translation may claim any source revision up to the one readers see: it follows the live text. */
async function checkSourceRevision(trx: Kysely<DB>, v: StoryVersion, sourceRevision: number): Promise<number> {
  const source = v.sourceLocale ? await versions.findVersion(trx, v.storyId, v.sourceLocale) : undefined
  if (!source || !Number.isInteger(sourceRevision) || sourceRevision < 1 || sourceRevision > source.liveRevision) {
    throw new Invalid('source_revision_invalid', { revision: sourceRevision, current: source?.liveRevision ?? 0 })
  }
  return sourceRevision
}

function unchanged(v: StoryVersion, c: StoredContent): boolean {
  return (
    c.headline === v.headline &&
    c.slug === v.slug &&
    c.lead === v.lead &&
    c.body === JSON.stringify(v.body) &&
    c.seo_title === v.seoTitle &&
    c.seo_description === v.seoDescription &&
    c.embargo_until === v.embargoUntil &&
    c.source_revision === v.sourceRevision
  )
}

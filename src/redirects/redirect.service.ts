import type { Kysely } from 'kysely'
import { checkLocale } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Conflict, Invalid, NotFound } from '../errors.js'
import { newId } from '../ids.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { Actor } from '../shared/roles.js'
import type { StoryKind } from '../stories/story.types.js'
import { findVersionLabelBySlug, findVersionLabels } from '../stories/version-label.repository.js'
import { isPubliclyVisible } from '../stories/workflow.js'
import { recordAudit } from '../users/audit.repository.js'
import { authorize } from '../users/permissions.js'
import {
  deleteRedirect,
  findRedirect,
  findRedirectById,
  insertRedirect,
  listRedirects,
  type RedirectListQuery,
  updateRedirect,
} from './redirect.repository.js'
import type { Redirect, RedirectOrigin, RedirectTarget } from './redirect.types.js'
import { normaliseRedirectPath } from './redirect-path.js'
import { addressParts, checkFromPath, checkTargetUrl, isSiteAddress, sitePathOf, storyIdOfAddress } from './redirect-rules.js'

/** A target as the admin API takes it: a story (or page) and a language, or a URL. */
export interface RedirectTargetInput {
  storyId?: string
  locale?: string
  url?: string
}

/** A redirect as the newsroom lists it: with the headline of the version it leads to (null for a URL, or a version since deleted). */
export type RedirectView = Redirect & { targetStory: { headline: string; kind: StoryKind } | null }

export interface RedirectListRequest {
  q?: string
  origin?: RedirectOrigin
  after?: { createdAt: string; id: string }
  limit: number
}

/** How many redirects a chain of URL targets may pass through before we call it a loop. */
const MAX_CHAIN = 10

/**
 * Redirects editors make in the newsroom (editors and admins: `redirect.manage`): an old address
 * the site does not answer itself, leading to a story or page in one language or to a URL. The
 * WordPress import writes its own through the repository (upsertImportedRedirect).
 */
export function createRedirectService({ db, clock, site }: { db: Kysely<DB>; clock: Clock; site: LocaleSettings }) {
  const now = () => toTimestamp(clock())

  /** Refuses an address the site answers itself: its own routes, or a story or page readers see there now. */
  async function checkNotServed(fromPath: string): Promise<void> {
    if (isSiteAddress(site, fromPath)) throw new Invalid('redirect_path_reserved', { path: fromPath })
    if (await isLiveAddress(fromPath)) throw new Invalid('redirect_path_live', { path: fromPath })
  }

  /** Whether a published story (any slug before its id: the site redirects those) or page is at the address. */
  async function isLiveAddress(fromPath: string): Promise<boolean> {
    const { locale, words } = addressParts(site, fromPath)
    const at = now()
    const storyId = storyIdOfAddress(words)
    if (storyId) return (await findVersionLabels(db, [storyId])).some((v) => v.locale === locale && isPubliclyVisible(v, at))
    if (words.length !== 1) return false
    const page = await findVersionLabelBySlug(db, locale, words[0] as string)
    return page?.kind === 'page' && isPubliclyVisible(page, at)
  }

  async function checkTarget(input: RedirectTargetInput): Promise<RedirectTarget> {
    const { storyId, locale, url } = input
    if (url !== undefined) {
      if (storyId !== undefined || locale !== undefined) throw new Invalid('redirect_target_required')
      return { url: checkTargetUrl(url) }
    }
    if (storyId === undefined || locale === undefined) throw new Invalid('redirect_target_required')
    checkLocale(site, locale)
    const versions = await findVersionLabels(db, [storyId])
    if (versions.length === 0) throw new Invalid('redirect_story_unknown', { id: storyId })
    if (!versions.some((v) => v.locale === locale))
      throw new Invalid('redirect_story_locale_missing', { locale, locales: versions.map((v) => v.locale).join(', ') })
    return { storyId, locale }
  }

  /** Refuses a URL target that leads back to the address, directly or through other redirects. */
  async function checkNoLoop(fromPath: string, target: RedirectTarget): Promise<void> {
    let next = 'url' in target ? sitePathOf(target.url) : undefined
    for (let hop = 0; next !== undefined; hop++) {
      const path = normaliseRedirectPath(next)
      if (path === fromPath) throw new Invalid(hop === 0 ? 'redirect_to_itself' : 'redirect_loop', { path: fromPath })
      if (hop >= MAX_CHAIN) throw new Invalid('redirect_loop', { path: fromPath })
      const onward = path ? await findRedirect(db, path) : undefined
      next = onward && 'url' in onward.target ? sitePathOf(onward.target.url) : undefined
    }
  }

  /** The Conflict for an address that has a redirect already, with that redirect (read after the transaction: SQLite has one connection). */
  async function taken(fromPath: string): Promise<never> {
    const current = await findRedirect(db, fromPath)
    throw new Conflict('redirect_exists', { path: fromPath }, current && (await view([current]))[0])
  }

  async function view(redirects: Redirect[]): Promise<RedirectView[]> {
    const storyIds = [...new Set(redirects.flatMap((r) => ('storyId' in r.target ? [r.target.storyId] : [])))]
    const labels = await findVersionLabels(db, storyIds)
    return redirects.map((r) => {
      const { target } = r
      const label = 'storyId' in target ? labels.find((l) => l.storyId === target.storyId && l.locale === target.locale) : undefined
      return { ...r, targetStory: label ? { headline: label.headline, kind: label.kind } : null }
    })
  }

  async function existing(id: string): Promise<Redirect> {
    const found = await findRedirectById(db, id)
    if (!found) throw new NotFound('redirect_not_found', { id })
    return found
  }

  const columns = (target: RedirectTarget) =>
    'url' in target
      ? { story_id: null, locale: null, target_url: target.url }
      : { story_id: target.storyId, locale: target.locale, target_url: null }

  return {
    /** Redirects newest first, filtered by words of the old address or the URL, and by who made them. */
    async listRedirects(request: RedirectListRequest, actor: Actor): Promise<RedirectView[]> {
      authorize(actor, 'redirect.manage')
      const words = (request.q ?? '')
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== '')
        .slice(0, 8)
        .map(decodedWord)
      const query: RedirectListQuery = {
        words,
        limit: request.limit,
        ...(request.origin && { origin: request.origin }),
        ...(request.after && { after: request.after }),
      }
      return view(await listRedirects(db, query))
    },

    /** Makes a redirect from an address nobody answers to a story, a page or a URL; an address with one already is a Conflict. */
    async createRedirect(input: { fromPath: string; target: RedirectTargetInput }, actor: Actor): Promise<RedirectView> {
      authorize(actor, 'redirect.manage')
      const fromPath = checkFromPath(input.fromPath)
      await checkNotServed(fromPath)
      const target = await checkTarget(input.target)
      await checkNoLoop(fromPath, target)
      const id = newId()
      const at = now()
      const inserted = await db.transaction().execute(async (trx) => {
        const row = { id, from_path: fromPath, ...columns(target), origin: 'newsroom', created_by: actor.userId, created_at: at }
        if (!(await insertRedirect(trx, row))) return false
        await recordAudit(trx, actor, at, {
          action: 'redirect.create',
          entityType: 'redirect',
          entityId: id,
          details: { fromPath, target },
        })
        return true
      })
      if (!inserted) await taken(fromPath)
      return (await view([await existing(id)]))[0] as RedirectView
    },

    /**
     * Changes the address or the target. An imported redirect an editor changes becomes the
     * newsroom's: running the import again leaves it as the editor set it.
     */
    async updateRedirect(id: string, input: { fromPath?: string; target?: RedirectTargetInput }, actor: Actor): Promise<RedirectView> {
      authorize(actor, 'redirect.manage')
      const before = await existing(id)
      const fromPath = input.fromPath === undefined ? before.fromPath : checkFromPath(input.fromPath)
      if (fromPath !== before.fromPath) await checkNotServed(fromPath)
      const target = input.target === undefined ? before.target : await checkTarget(mergeTarget(before.target, input.target))
      await checkNoLoop(fromPath, target)
      const at = now()
      const updated = await db.transaction().execute(async (trx) => {
        if (fromPath !== before.fromPath && (await findRedirect(trx, fromPath))) return false
        if (!(await updateRedirect(trx, id, { from_path: fromPath, ...columns(target), origin: 'newsroom' })))
          throw new NotFound('redirect_not_found', { id })
        await recordAudit(trx, actor, at, {
          action: 'redirect.update',
          entityType: 'redirect',
          entityId: id,
          details: { from: { fromPath: before.fromPath, target: before.target }, to: { fromPath, target } },
        })
        return true
      })
      if (!updated) await taken(fromPath)
      return (await view([await existing(id)]))[0] as RedirectView
    },

    /** Deletes a redirect; its old address answers 404 again. (An import run again makes its own anew.) */
    async deleteRedirect(id: string, actor: Actor): Promise<void> {
      authorize(actor, 'redirect.manage')
      const at = now()
      await db.transaction().execute(async (trx) => {
        const before = await findRedirectById(trx, id)
        if (!before || !(await deleteRedirect(trx, id))) throw new NotFound('redirect_not_found', { id })
        await recordAudit(trx, actor, at, {
          action: 'redirect.delete',
          entityType: 'redirect',
          entityId: id,
          details: { fromPath: before.fromPath, target: before.target },
        })
      })
    },
  }
}

export type RedirectService = ReturnType<typeof createRedirectService>

/** A change of target: a new URL, a new story and language, or (for a story target) only another language. */
function mergeTarget(before: RedirectTarget, change: RedirectTargetInput): RedirectTargetInput {
  if (change.url === undefined && change.storyId === undefined && change.locale !== undefined && 'storyId' in before)
    return { storyId: before.storyId, locale: change.locale }
  return change
}

/** A filter word as typed or pasted: `%D0%BD…` finds the decoded address it stands for. */
function decodedWord(word: string): string {
  try {
    return decodeURIComponent(word).normalize('NFC').toLowerCase()
  } catch {
    return word.normalize('NFC')
  }
}

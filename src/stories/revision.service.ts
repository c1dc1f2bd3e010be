import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { Invalid, NotFound } from '../errors.js'
import type { RevisionDiff, SourceAlignment } from '../shared/revision-diff.js'
import type { Actor } from '../shared/roles.js'
import { findUserNames } from '../users/user.repository.js'
import { diffContent } from './revision-diff.js'
import { alignSource } from './source-alignment.js'
import { authorizeEdit } from './story.policy.js'
import { findStory } from './story.repository.js'
import type { StoryRevision, StoryVersion } from './story.types.js'
import * as versions from './version.repository.js'

/**
 * Reading a version's history: the list of revisions, one revision, and what changed between two;
 * for those who may edit the version (story.policy.ts), as its history shows every draft of it.
 */
export function createRevisionService({ db }: { db: Kysely<DB> }) {
  /** The version, once the actor is known to be allowed to edit it (404, then 403). */
  async function editable(versionId: string, actor: Actor): Promise<StoryVersion> {
    const version = await versions.findVersionById(db, versionId)
    if (!version) throw new NotFound('version_not_found', { id: versionId })
    const story = await findStory(db, version.storyId)
    if (!story) throw new NotFound('story_not_found', { id: version.storyId })
    authorizeEdit(actor, story, version)
    return version
  }

  async function findRevision(versionId: string, number: number): Promise<StoryRevision> {
    const revision = await versions.findRevision(db, versionId, number)
    if (!revision) throw new NotFound('revision_not_found', { number })
    return revision
  }

  return {
    /** Every revision of a version, newest first, with the display name of whoever saved it. */
    async listRevisions(versionId: string, actor: Actor) {
      await editable(versionId, actor)
      const list = await versions.listRevisions(db, versionId)
      const names = await findUserNames(
        db,
        list.flatMap((r) => (r.authorId ? [r.authorId] : [])),
      )
      return list.map((r) => ({ ...r, authorName: (r.authorId && names.get(r.authorId)) ?? null }))
    },
    async getRevision(versionId: string, number: number, actor: Actor): Promise<StoryRevision> {
      await editable(versionId, actor)
      return findRevision(versionId, number)
    },

    /** What changed between two revisions of a version. */
    async diffRevisions(versionId: string, from: number, to: number, actor: Actor): Promise<RevisionDiff> {
      await editable(versionId, actor)
      return diffContent(await findRevision(versionId, from), await findRevision(versionId, to))
    },

    /**
     * For a translation: what its source changed since the revision it was translated from, as a
     * list (fields, blocks) and placed in the source's current text (source, aligned).
     */
    async sourceDiff(
      versionId: string,
      actor: Actor,
    ): Promise<SourceAlignment & { sourceLocale: string; translatedRevision: number; currentSourceRevision: number }> {
      const v = await editable(versionId, actor)
      if (!v.sourceLocale || v.sourceRevision === null) throw new Invalid('not_a_translation')
      const source = await versions.findVersion(db, v.storyId, v.sourceLocale)
      if (!source) throw new NotFound('source_version_not_found', { locale: v.sourceLocale })
      const translated = await findRevision(source.id, v.sourceRevision)
      return {
        sourceLocale: source.locale,
        translatedRevision: v.sourceRevision,
        currentSourceRevision: source.liveRevision, // the source's own columns hold its live text
        ...alignSource(translated, source),
      }
    },
  }
}

export type RevisionService = ReturnType<typeof createRevisionService>

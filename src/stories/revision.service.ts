import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { Invalid, NotFound } from '../errors.js'
import { findUserNames } from '../users/user.repository.js'
import { diffContent, type RevisionDiff } from './revision-diff.js'
import { alignSource, type SourceAlignment } from './source-alignment.js'
import type { StoryRevision } from './story.types.js'
import * as versions from './version.repository.js'

/** Reading a version's history: the list of revisions, one revision, and what changed between two. */
export function createRevisionService({ db }: { db: Kysely<DB> }) {
  async function getRevision(versionId: string, number: number): Promise<StoryRevision> {
    const revision = await versions.findRevision(db, versionId, number)
    if (!revision) throw new NotFound('revision_not_found', { number })
    return revision
  }

  return {
    /** Every revision of a version, newest first, with the display name of whoever saved it. */
    async listRevisions(versionId: string) {
      const list = await versions.listRevisions(db, versionId)
      const names = await findUserNames(
        db,
        list.flatMap((r) => (r.authorId ? [r.authorId] : [])),
      )
      return list.map((r) => ({ ...r, authorName: (r.authorId && names.get(r.authorId)) ?? null }))
    },
    getRevision,

    /** What changed between two revisions of a version. */
    async diffRevisions(versionId: string, from: number, to: number): Promise<RevisionDiff> {
      return diffContent(await getRevision(versionId, from), await getRevision(versionId, to))
    },

    /**
     * For a translation: what its source changed since the revision it was translated from, as a
     * list (fields, blocks) and placed in the source's current text (source, aligned).
     */
    async sourceDiff(
      versionId: string,
    ): Promise<SourceAlignment & { sourceLocale: string; translatedRevision: number; currentSourceRevision: number }> {
      const v = await versions.findVersionById(db, versionId)
      if (!v) throw new NotFound('version_not_found', { id: versionId })
      if (!v.sourceLocale || v.sourceRevision === null) throw new Invalid('not_a_translation')
      const source = await versions.findVersion(db, v.storyId, v.sourceLocale)
      if (!source) throw new NotFound('source_version_not_found', { locale: v.sourceLocale })
      const translated = await getRevision(source.id, v.sourceRevision)
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

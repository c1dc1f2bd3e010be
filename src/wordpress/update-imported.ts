import { DomainError } from '../errors.js'
import { t } from '../i18n/messages.js'
import { systemActor } from '../shared/roles.js'
import type { ImportReport } from './import-report.js'
import { type ImportedId, rememberImportedIds, versionsOfStories } from './imported-id.repository.js'
import { writeRedirects } from './redirects-of-posts.js'
import type { AssembledStory } from './story-groups.js'
import type { GroupPlan, WordPressImportDeps } from './wordpress-import.js'

/**
 * A group an earlier run imported: a changed post saves a new revision of its version (every
 * earlier revision is kept, and a translation whose source changed is marked outdated as after any
 * edit), a post that became public is published, a new translation is added, an unchanged post is
 * left alone. Edits made in the newsroom since are overwritten only where the post itself changed.
 */
export async function updateImportedStory(
  deps: WordPressImportDeps,
  plan: GroupPlan,
  assembled: AssembledStory,
  report: ImportReport,
  run: { dryRun: boolean; source: string; now: () => string },
): Promise<void> {
  const storyId = assembled.story.id
  const counts = assembled.story.kind === 'page' ? report.pages : report.stories
  const current = new Map((await versionsOfStories(deps.db, [storyId])).map((v) => [v.locale, v]))
  const remembered: ImportedId[] = []
  let changed = 0
  for (const [i, m] of assembled.members.entries()) {
    const version = assembled.story.versions[i]
    if (!version) continue
    const earlier = plan.known.get(`post:${m.item.id}`)
    if (earlier?.digest === m.mapped.digest) continue
    changed++
    if (run.dryRun) continue
    const ref = { id: m.item.id, title: m.item.title }
    try {
      const live = current.get(m.locale)
      if (!live) {
        const { sourceLocale, ...rest } = version
        const addable = sourceLocale && current.has(sourceLocale) ? version : rest
        await deps.services.storyImport.importStories([{ id: storyId, existing: true, versions: [addable] }], systemActor)
      } else {
        await deps.services.stories.saveVersion(
          {
            versionId: live.id,
            baseRevision: live.revision,
            changes: {
              headline: version.headline,
              lead: version.lead ?? '',
              body: version.body,
              seoTitle: version.seoTitle ?? '',
              seoDescription: version.seoDescription ?? '',
            },
            note: 'WordPress import',
          },
          systemActor,
        )
        if (version.publishedAt && live.status !== 'published')
          await deps.services.stories.transition(live.id, { to: 'published' }, systemActor)
      }
      remembered.push({ kind: 'post', externalId: m.item.id, targetId: storyId, digest: m.mapped.digest })
    } catch (err) {
      if (!(err instanceof DomainError)) throw err
      report.skipped.push({ ...ref, reason: `not updated: ${t('en', err.key, err.params)}` })
    }
  }
  if (changed) {
    counts.updated++
    counts.versions += changed
  } else counts.unchanged++
  if (run.dryRun || !changed) return
  await deps.db.transaction().execute(async (trx) => {
    await rememberImportedIds(trx, run.source, remembered, run.now())
    report.redirects += await writeRedirects(trx, assembled, run.now())
  })
}

import { DomainError } from '../errors.js'
import { t } from '../i18n/messages.js'
import { systemActor } from '../shared/roles.js'
import type { ImportedVersion } from '../stories/story-import.service.js'
import type { ImportReport } from './import-report.js'
import { type ImportedId, rememberImportedIds, versionsOfStories } from './imported-id.repository.js'
import { writeRedirects } from './redirects-of-posts.js'
import type { AssembledStory, GroupMember } from './story-groups.js'
import type { GroupPlan, WordPressImportDeps } from './wordpress-import.js'

type Run = { dryRun: boolean; source: string; now: () => string }
type CurrentVersion = Awaited<ReturnType<typeof versionsOfStories>>[number]

/**
 * A group an earlier run imported: a changed post saves a new revision of its version (every
 * earlier revision is kept, and a translation whose source changed is marked outdated as after any
 * edit), a post that became public is published and one that stopped being public (private,
 * password, draft, trash) is withdrawn, a new translation is added, the shared fields follow the
 * source post, and an unchanged post is left alone — so are edits made in the newsroom since,
 * except where the post itself changed.
 */
export async function updateImportedStory(
  deps: WordPressImportDeps,
  plan: GroupPlan,
  group: string,
  members: readonly GroupMember[],
  assembled: AssembledStory | undefined,
  report: ImportReport,
  run: Run,
): Promise<void> {
  const storyId = plan.storyIds.get(group) as string
  const current = new Map((await versionsOfStories(deps.db, [storyId])).map((v) => [v.locale, v]))
  const remembered: ImportedId[] = [{ kind: 'group', externalId: group, targetId: storyId, digest: '' }]
  let changed = 0
  // A post WordPress has since trashed: readers no longer see it here either.
  for (const m of members) {
    if (m.mapped || m.item.status !== 'trash' || typeof m.facts.locale !== 'string') continue
    const live = current.get(m.facts.locale)
    if (!plan.known.has(`post:${m.item.id}`) || live?.status !== 'published') continue
    changed++
    if (!run.dryRun) await withdraw(deps, live, report, m)
  }
  for (const [i, m] of (assembled?.members ?? []).entries()) {
    const version = assembled?.story.versions[i]
    if (!version || plan.known.get(`post:${m.item.id}`)?.digest === m.mapped.digest) continue
    changed++
    if (run.dryRun) continue
    try {
      const live = current.get(m.locale)
      if (!live) await addVersion(deps, storyId, version, current)
      else await updateVersion(deps, live, version, report, m)
      remembered.push({ kind: 'post', externalId: m.item.id, targetId: storyId, digest: m.mapped.digest })
    } catch (err) {
      if (!(err instanceof DomainError)) throw err
      report.skipped.push({ id: m.item.id, title: m.item.title, reason: `not updated: ${t('en', err.key, err.params)}` })
    }
  }
  const counts = assembled?.story.kind === 'page' ? report.pages : report.stories
  if (!changed) {
    counts.unchanged++
    return
  }
  counts.updated++
  counts.versions += changed
  if (run.dryRun) return
  if (assembled) await followSharedFields(deps, storyId, assembled)
  await deps.db.transaction().execute(async (trx) => {
    await rememberImportedIds(trx, run.source, remembered, run.now())
    if (assembled) report.redirects += await writeRedirects(trx, [assembled], run.now())
  })
}

async function addVersion(
  deps: WordPressImportDeps,
  storyId: string,
  version: ImportedVersion,
  current: ReadonlyMap<string, CurrentVersion>,
): Promise<void> {
  const { sourceLocale, ...rest } = version
  const addable = sourceLocale && current.has(sourceLocale) ? version : rest
  await deps.services.storyImport.importStories([{ id: storyId, existing: true, versions: [addable] }], systemActor)
}

async function updateVersion(
  deps: WordPressImportDeps,
  live: CurrentVersion,
  version: ImportedVersion,
  report: ImportReport,
  m: GroupMember,
): Promise<void> {
  const isPublic = version.publishedAt !== undefined || version.pending?.status === 'scheduled'
  // Withdrawn before its new text is saved: words WordPress no longer shows never go live here.
  if (!isPublic && (live.status === 'published' || live.status === 'scheduled')) await withdraw(deps, live, report, m)
  await deps.services.stories.saveVersion(
    {
      versionId: live.id,
      baseRevision: (await deps.services.stories.getVersion(live.id)).revision,
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
  if (version.publishedAt && live.status !== 'published') await deps.services.stories.transition(live.id, { to: 'published' }, systemActor)
}

async function withdraw(deps: WordPressImportDeps, live: CurrentVersion, report: ImportReport, m: GroupMember): Promise<void> {
  await deps.services.stories.transition(live.id, { to: live.status === 'scheduled' ? 'draft' : 'unpublished' }, systemActor)
  report.neverPublic.push({ id: m.item.id, title: m.item.title, reason: `withdrawn: it is ${m.item.status} in WordPress now` })
}

/** Section, tags, bylines, lead picture and importance as the source post has them now. */
async function followSharedFields(deps: WordPressImportDeps, storyId: string, assembled: AssembledStory): Promise<void> {
  if (assembled.story.kind === 'page') return
  const { sectionId, topicIds, authorIds, leadMediaId, isImportant } = assembled.story
  await deps.services.stories.updateStory(
    storyId,
    {
      sectionId: sectionId ?? null,
      topicIds: topicIds ?? [],
      authorIds: authorIds ?? [],
      leadMediaId: leadMediaId ?? null,
      isImportant: isImportant ?? false,
    },
    systemActor,
  )
}

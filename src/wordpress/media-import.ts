import { stat } from 'node:fs/promises'
import { basename, join, resolve, sep } from 'node:path'
import { DomainError } from '../errors.js'
import { t } from '../i18n/messages.js'
import { newId } from '../ids.js'
import { systemActor } from '../shared/roles.js'
import type { ImportReport } from './import-report.js'
import type { ImportedId } from './imported-id.repository.js'
import type { WordPressImportDeps } from './wordpress-import.js'
import type { AttachmentFacts, WxrIndex } from './wxr-index.js'

/** Pictures made at once: each takes a core for its variants, and the machine may have two. */
const PARALLEL = 2

/**
 * Brings the export's attachments into the media library from a copy of wp-content/uploads:
 * the file at the path after `wp-content/uploads/` in its URL, with its caption and alt text in
 * its language. A missing file or one that is not a picture is reported; the posts still import.
 * Returns attachment id → our media id (for this run and earlier ones).
 */
export async function importMedia(
  deps: WordPressImportDeps,
  index: WxrIndex,
  uploads: string | undefined,
  known: ReadonlyMap<string, ImportedId>,
  report: ImportReport,
  options: { dryRun: boolean; onProgress?: (done: number, total: number) => void; remember: (ids: ImportedId[]) => Promise<void> },
): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  const groups = new Map<string, AttachmentFacts[]>()
  for (const a of index.attachments.values()) groups.set(a.group, [...(groups.get(a.group) ?? []), a])
  const todo: AttachmentFacts[][] = []
  for (const members of groups.values()) {
    const earlier = members.map((a) => known.get(`attachment:${a.id}`)?.targetId).find((id) => id !== undefined)
    if (earlier) {
      for (const a of members) ids.set(a.id, earlier)
      report.media.unchanged++
    } else todo.push(members)
  }
  const root = uploads === undefined ? undefined : resolve(uploads)
  let done = 0
  const one = async (members: AttachmentFacts[]) => {
    const a = members[0] as AttachmentFacts
    const ref = { id: a.id, title: a.title }
    const file = root && a.uploadsPath ? resolve(join(root, a.uploadsPath)) : undefined
    if (!root) report.media.missing.push({ ...ref, reason: `${a.uploadsPath || a.url}: no --uploads folder was given` })
    else if (!file?.startsWith(root + sep)) report.media.missing.push({ ...ref, reason: `${a.url} is not under wp-content/uploads/` })
    else if (!(await isFile(file))) report.media.missing.push({ ...ref, reason: `${a.uploadsPath} is not in ${uploads}` })
    else if (options.dryRun) {
      const stand = newId() // a stand-in, so the dry run's posts find their pictures as the real run's will
      for (const m of members) ids.set(m.id, stand)
      report.media.imported++
    } else {
      try {
        const media = await deps.services.media.createImage(
          { data: { file }, originalName: basename(file).slice(0, 255), texts: textsOf(members, deps.site.locales) },
          systemActor,
        )
        for (const m of members) ids.set(m.id, media.id)
        await options.remember(members.map((m) => ({ kind: 'attachment', externalId: m.id, targetId: media.id, digest: '' })))
        report.media.imported++
      } catch (err) {
        if (!(err instanceof DomainError)) throw err
        report.media.failed.push({ ...ref, reason: `${a.uploadsPath}: ${t('en', err.key, err.params)}` })
      }
    }
    options.onProgress?.(++done, todo.length)
  }
  const queue = [...todo]
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let group = queue.shift(); group; group = queue.shift()) await one(group)
    }),
  )
  return ids
}

/** Caption and alt text per language: each translation's in its own, one with no language's in every language. */
function textsOf(members: readonly AttachmentFacts[], locales: readonly string[]) {
  const texts: Record<string, { caption: string; alt: string }> = {}
  const text = (a: AttachmentFacts) => ({ caption: a.caption.slice(0, 1000), alt: a.alt.slice(0, 500) })
  for (const a of members) if (!a.locale) for (const l of locales) texts[l] ??= text(a)
  for (const a of members) if (a.locale) texts[a.locale] = text(a)
  return texts
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/**
 * The attachment an image URL in a post shows: WordPress links its resized copies
 * (`kyiv-300x200.jpg`, `kyiv-scaled.jpg`) as often as the original.
 */
export function attachmentForUrl(index: WxrIndex, uploadsPath: string): string | undefined {
  if (!uploadsPath) return undefined
  return (
    index.attachmentsByPath.get(uploadsPath) ??
    index.attachmentsByPath.get(uploadsPath.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')) ??
    index.attachmentsByPath.get(uploadsPath.replace(/-scaled(\.[a-z0-9]+)$/i, '$1'))
  )
}

import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { MediaStorage } from './media.storage.js'
import { countMedia, listMediaFiles } from './media-copy.repository.js'

export interface CopyReport {
  media: number
  /** Files written to the target. */
  copied: number
  /** Files the target already had at the same size (an earlier, interrupted run). */
  skipped: number
  /** Files the library names that the source doesn't have, by key. */
  missing: string[]
}

const BATCH = 100

/**
 * Copies every file of the media library from one storage to another (local disk ↔ S3), one file
 * at a time as a stream. Resumable: a file the target already holds at the same size is skipped,
 * so a run stopped halfway continues where it stopped. The source is left as it was; switching
 * MEDIA_STORAGE is the operator's step once the copy is complete.
 */
export async function copyMediaLibrary(
  db: Kysely<DB>,
  from: MediaStorage,
  to: MediaStorage,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<CopyReport> {
  const report: CopyReport = { media: 0, copied: 0, skipped: 0, missing: [] }
  const total = await countMedia(db)
  let after = ''
  for (;;) {
    const batch = await listMediaFiles(db, after, BATCH)
    if (batch.length === 0) break
    for (const media of batch) {
      for (const key of media.keys) {
        const [source, present] = await Promise.all([from.read(key), to.size(key)])
        if (!source) {
          if (present === undefined) report.missing.push(key)
          else report.skipped++ // copied before, gone from the source since
          continue
        }
        if (present === source.size) {
          source.body.destroy()
          report.skipped++
          continue
        }
        await to.putStream(key, source.body)
        report.copied++
      }
      report.media++
      onProgress(report.media, total)
    }
    after = batch.at(-1)?.id ?? after
  }
  return report
}

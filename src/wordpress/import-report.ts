/** What a WordPress import did (or, with --dry-run, would do), for a person and as JSON. */
export interface ImportReport {
  file: string
  /** The site the export came from; ids are remembered per source, so a re-run updates. */
  source: string
  dryRun: boolean
  stories: Counts
  pages: Counts
  media: { imported: number; unchanged: number; missing: PostRef[]; failed: PostRef[] }
  topics: { created: number; reused: number }
  authors: { created: number; reused: number }
  redirects: number
  /** Posts not imported, each with the reason. */
  skipped: PostRef[]
  /** Content with no equivalent here, kept as text: each case with the post it came from. */
  notes: (PostRef & { kind: string })[]
  /** Private and password-protected posts: imported as drafts readers never see. */
  neverPublic: PostRef[]
  /** Posts without a title, given one from their first words. */
  untitled: PostRef[]
  /** Items of types the import does not bring in (menus, revisions, custom types), by type. */
  ignored: Record<string, number>
  seconds: number
}

export interface Counts {
  created: number
  updated: number
  unchanged: number
  /** Language versions written (created or updated). */
  versions: number
}

/** A post by its WordPress id and title, and what is said about it. */
export interface PostRef {
  id: string
  title: string
  reason: string
}

export function emptyReport(file: string, source: string, dryRun: boolean): ImportReport {
  const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, versions: 0 })
  return {
    file,
    source,
    dryRun,
    stories: counts(),
    pages: counts(),
    media: { imported: 0, unchanged: 0, missing: [], failed: [] },
    topics: { created: 0, reused: 0 },
    authors: { created: 0, reused: 0 },
    redirects: 0,
    skipped: [],
    notes: [],
    neverPublic: [],
    untitled: [],
    ignored: {},
    seconds: 0,
  }
}

const LIST_MAX = 50

/** The report as a person reads it at the end of the run. */
export function formatReport(r: ImportReport): string {
  const would = r.dryRun ? 'would be ' : ''
  const counts = (c: Counts) =>
    `${c.created} ${would}created, ${c.updated} ${would}updated, ${c.unchanged} unchanged (${c.versions} language versions ${would}written)`
  const lines = [
    `${r.dryRun ? 'Dry run (nothing written): ' : ''}WordPress import of ${r.file} from ${r.source} in ${r.seconds.toFixed(1)} s`,
    `  Stories:   ${counts(r.stories)}`,
    `  Pages:     ${counts(r.pages)}`,
    `  Media:     ${r.media.imported} ${would}imported, ${r.media.unchanged} unchanged, ${r.media.missing.length} missing, ${r.media.failed.length} refused`,
    `  Topics:    ${r.topics.created} ${would}created, ${r.topics.reused} already here`,
    `  Authors:   ${r.authors.created} ${would}created, ${r.authors.reused} already here`,
    `  Redirects: ${r.redirects} old addresses ${r.dryRun ? 'would answer' : 'answer'} 301`,
  ]
  const list = (title: string, refs: readonly (PostRef & { kind?: string })[]) => {
    if (!refs.length) return
    lines.push('', `${title} (${refs.length}):`)
    for (const ref of refs.slice(0, LIST_MAX)) lines.push(`  #${ref.id} ${ref.title ? `“${ref.title}”` : ''}: ${ref.reason}`)
    if (refs.length > LIST_MAX) lines.push(`  … and ${refs.length - LIST_MAX} more (--json lists them all)`)
  }
  list('Skipped', r.skipped)
  list('Kept as text, no equivalent here', r.notes)
  list('Never public (imported as drafts)', r.neverPublic)
  list('Untitled (titled from their first words)', r.untitled)
  list('Media files missing from --uploads', r.media.missing)
  list('Media refused', r.media.failed)
  const ignored = Object.entries(r.ignored)
  if (ignored.length) lines.push('', `Not imported, by type: ${ignored.map(([type, n]) => `${type} ${n}`).join(', ')}`)
  return lines.join('\n')
}

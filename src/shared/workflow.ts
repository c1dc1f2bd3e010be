/** The workflow's states and the moves between them, as both the server and the newsroom app know them. */
export const VERSION_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const
export type VersionStatus = (typeof VERSION_STATUSES)[number]

/**
 * The one place that knows which workflow moves are allowed. A version goes
 * draft → in review → scheduled or published → unpublished, and can be sent back to draft.
 */
export const TRANSITIONS: Readonly<Record<VersionStatus, readonly VersionStatus[]>> = {
  draft: ['in_review', 'scheduled', 'published'],
  in_review: ['draft', 'scheduled', 'published'],
  scheduled: ['draft', 'scheduled', 'published'], // scheduled → scheduled moves the time
  published: ['unpublished'],
  unpublished: ['draft', 'in_review', 'published'],
}

export const mayTransition = (from: VersionStatus, to: VersionStatus): boolean => TRANSITIONS[from].includes(to)

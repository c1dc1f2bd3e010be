import type { Block } from './richtext-document.js'

/** What the history and translation views show: the shapes of the admin API's diffs, for the server and the app. */

export const DIFF_FIELDS = ['headline', 'slug', 'lead', 'seoTitle', 'seoDescription'] as const
export type DiffField = (typeof DIFF_FIELDS)[number]

export interface FieldChange {
  field: DiffField
  before: string
  after: string
}

/** A body block in the comparison: kept, added or removed, with its plain text for display. */
export interface BlockChange {
  op: 'equal' | 'added' | 'removed'
  type: Block['type']
  text: string
}

export interface RevisionDiff {
  fields: FieldChange[]
  blocks: BlockChange[]
}

/** A run of words kept, added or removed: a word-level diff of two texts. */
export interface WordChange {
  op: 'equal' | 'added' | 'removed'
  text: string
}

/**
 * A block of the source's current body in reading order, with what happened to it since the
 * translated revision; a removed block keeps its old place. A changed block carries its old text
 * and the word-level diff from the old text to the new.
 */
export type AlignedBlock =
  | { op: 'equal' | 'added' | 'removed'; block: Block }
  | { op: 'changed'; block: Block; before: string; words: WordChange[] }

/** The source as a translator reads it beside the translation: current headline and lead, and the body aligned with the old one. */
export interface SourceAlignment extends RevisionDiff {
  fields: (FieldChange & { words: WordChange[] })[]
  source: { headline: string; lead: string }
  aligned: AlignedBlock[]
}

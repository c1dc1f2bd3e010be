/** What an import brought in under which of our ids (migration 0021), so a re-run updates, never duplicates. */
export interface ImportedIdTable {
  /** The other system and site, e.g. `wordpress:old.example.com`. */
  source: string
  /** What the external id is of: post, attachment, term, author, group. */
  kind: string
  external_id: string
  target_id: string
  /** A digest of what was imported: an unchanged post is skipped on a re-run. */
  digest: string
  imported_at: string
}

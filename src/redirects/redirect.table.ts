/** An old address that answers 301 (migration 0020): to a story or page in one language, or to a URL. */
export interface RedirectTable {
  id: string
  /** Normalised by redirect-path.ts: percent-decoded, NFC, lower case, no trailing slash; `/?p=12` keeps its query. */
  from_path: string
  story_id: string | null
  locale: string | null
  target_url: string | null
  /** `import` or `newsroom`. */
  origin: string
  created_by: string | null
  created_at: string
}

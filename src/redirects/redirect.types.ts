import type { REDIRECT_ORIGINS } from '../shared/redirect-dtos.js'

/** Who made a redirect: the WordPress import (which may repoint it when run again) or an editor in the newsroom (never touched by an import). */
export type RedirectOrigin = (typeof REDIRECT_ORIGINS)[number]

/** Where a redirect leads: a story or page in one language (its current address, whatever its slug), or a URL. */
export type RedirectTarget = { storyId: string; locale: string } | { url: string }

/** An old address that answers 301. */
export interface Redirect {
  id: string
  /** Normalised by redirect-path.ts. */
  fromPath: string
  target: RedirectTarget
  origin: RedirectOrigin
  createdAt: string
  /** The editor who made it; null for the import's (and once the account is deleted). */
  createdBy: string | null
}

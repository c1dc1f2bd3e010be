import { type PackedText, unpackAgainst, unpackText } from '../db/packed-text.js'

/** A version row's stored rendering as text (packed against its JSON: decision 025); '' when there is none to read. */
export const storedRenderingText = (row: { body: PackedText; body_parts: PackedText }): string =>
  unpackAgainst(row.body_parts, unpackText(row.body)) ?? ''

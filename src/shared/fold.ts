/**
 * Folding for "contains" filters in the newsroom (the desk's headline filter, the media library):
 * the text and the query are folded the same way in TypeScript, so matching does not depend on
 * the database's idea of case (SQLite's lower() and LIKE only know ASCII; Postgres' depend on the
 * server's locale).
 *
 * - Unicode NFKC, then lower case;
 * - the apostrophe variants Ukrainian is typed with (ʼ ' ’ ` ´ ′) become one;
 * - ё becomes е (Russian writes both for the same word);
 * - accents come off Latin letters (café → cafe) but Cyrillic letters keep theirs: й, ї and ґ
 *   are letters of their own, not и, і and г with a mark.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['`´ʼʹ′’‘]/gu, "'")
    .replace(/ё/gu, 'е')
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** The words of a query, folded, at most `max` of them; each must appear for a row to match. */
export function foldedWords(query: string, max = 8): string[] {
  return fold(query)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, max)
}

/** A LIKE pattern matching `word` anywhere, with LIKE's own wildcards escaped (use ESCAPE '\'). */
export const containsPattern = (word: string): string => `%${word.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`

/** The folded text a row is filtered by: its parts joined, so a word may match any of them. */
export const searchKey = (...parts: readonly string[]): string => fold(parts.filter((p) => p.length > 0).join(' \u2022 '))

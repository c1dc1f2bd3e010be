import type { FastifyInstance } from 'fastify'
import { Invalid } from '../errors.js'

/** Deeper than any body a route takes (they are refused by schema); the walk stops here. */
const MAX_DEPTH = 64

/**
 * Where a NUL character sits in a parsed value: "email", "texts.uk.caption", "q"; undefined when
 * there is none. Object keys count too. Iterative, so a hostile nesting cannot overflow the stack.
 */
export function findNulCharacter(value: unknown, base = ''): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: base, depth: 0 }]
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop() as (typeof stack)[number]
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path || 'body'
    } else if (v && typeof v === 'object' && depth < MAX_DEPTH && !Buffer.isBuffer(v)) {
      for (const [key, child] of Object.entries(v)) {
        const childPath = path ? `${path}.${key}` : key
        if (key.includes('\u0000')) return childPath
        stack.push({ value: child, path: childPath, depth: depth + 1 })
      }
    }
  }
  return undefined
}

/**
 * Text never holds NUL: PostgreSQL cannot store it in text columns (the query fails) and SQLite
 * would store what no other output can carry. Refused as invalid input (400) before any route runs,
 * on both dialects alike, for path parameters, the query string and JSON or form bodies.
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const field = findNulCharacter(req.params) ?? findNulCharacter(req.query) ?? findNulCharacter(req.body)
    if (field !== undefined) throw new Invalid('invalid_characters', { field })
  })
}

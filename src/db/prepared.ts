import type { Compilable, CompiledQuery, Kysely } from 'kysely'

/**
 * The SQL of prepared queries, with the name PostgreSQL keeps each under (database.ts): a named
 * statement is parsed and planned once per connection, not on every run — three times the
 * queries a second for a story page's read. Only these few: names are kept per connection for
 * its life, and ad-hoc SQL (IN lists of any length) would grow that without bound.
 */
export const statementNames = new Map<string, string>()

/**
 * A query built and compiled once, then run with fresh values: for the few reads on a page's hot
 * path, where building the query costs more than SQLite takes to answer it. `build` receives a
 * unique marker for each value and must use every marker only as a bound value (not in a name).
 * On PostgreSQL it runs as a named prepared statement.
 */
export function preparedQuery<DB, Values extends string, Row>(
  build: (db: Kysely<DB>, markers: Record<Values, string>) => Compilable<Row>,
  names: readonly Values[],
) {
  const markers = Object.fromEntries(names.map((n) => [n, `\u0000prepared:${n}`])) as Record<Values, string>
  const byMarker = new Map<unknown, Values>(names.map((n) => [markers[n], n]))
  const compiled = new WeakMap<Kysely<DB>, CompiledQuery<Row>>()
  return async (db: Kysely<DB>, values: Record<Values, string>): Promise<Row[]> => {
    let query = compiled.get(db)
    if (!query) {
      query = build(db, markers).compile()
      compiled.set(db, query)
      if (!statementNames.has(query.sql)) statementNames.set(query.sql, `vistka_${statementNames.size + 1}`)
    }
    const parameters = query.parameters.map((p) => {
      const name = byMarker.get(p)
      return name === undefined ? p : values[name]
    })
    return (await db.executeQuery<Row>({ ...query, parameters })).rows
  }
}

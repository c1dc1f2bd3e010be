import type { Compilable, CompiledQuery, Kysely } from 'kysely'

/**
 * A query built and compiled once, then run with fresh values: for the few reads on a page's hot
 * path, where building the query costs more than SQLite takes to answer it. `build` receives a
 * unique marker for each value and must use every marker only as a bound value (not in a name).
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
    }
    const parameters = query.parameters.map((p) => {
      const name = byMarker.get(p)
      return name === undefined ? p : values[name]
    })
    return (await db.executeQuery<Row>({ ...query, parameters })).rows
  }
}

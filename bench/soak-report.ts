import type { Database } from '../src/db/database.js'
import type { Acknowledged, Tally } from './soak-traffic.js'

export interface Lost {
  creates: number
  saves: number
  publishes: number
  uploads: number
  total: number
}

/** Looks up every acknowledged write in the database; whatever is missing was lost. */
export async function countLost({ db }: Database, acknowledged: Acknowledged): Promise<Lost> {
  const versions = new Set((await db.selectFrom('story_versions').select('id').execute()).map((r) => r.id))
  const published = new Set(
    (await db.selectFrom('story_versions').select('id').where('status', '=', 'published').execute()).map((r) => r.id),
  )
  const revisions = new Map(
    (await db.selectFrom('story_revisions').select(['version_id', 'number', 'lead']).execute()).map((r) => [
      `${r.version_id}:${r.number}`,
      r.lead,
    ]),
  )
  const media = new Set((await db.selectFrom('media').select('id').execute()).map((r) => r.id))
  const lost = {
    creates: acknowledged.creates.filter((c) => !versions.has(c.versionId)).length,
    saves: acknowledged.saves.filter((s) => revisions.get(`${s.versionId}:${s.revision}`) !== s.lead).length,
    publishes: acknowledged.publishes.filter((p) => !published.has(p.versionId)).length,
    uploads: acknowledged.uploads.filter((u) => !media.has(u.mediaId)).length,
  }
  return { ...lost, total: lost.creates + lost.saves + lost.publishes + lost.uploads }
}

export function printReport(r: {
  minutes: number
  clients: number
  tally: Tally
  acknowledged: Acknowledged
  lost: Lost
  peakRssMb: number
  faults: string[]
  logFile: string
}): void {
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `| ${k} | ${n} |`)
      .join('\n')
  const a = r.acknowledged
  console.log(`
## Soak: ${r.minutes} min, ${r.clients} clients, PostgreSQL

| what | value |
| --- | --- |
| requests | ${r.tally.requests} |
| acknowledged writes | ${a.creates.length} creates, ${a.saves.length} saves, ${a.publishes.length} publishes, ${a.uploads.length} uploads |
| acknowledged writes lost | ${r.lost.total} (creates ${r.lost.creates}, saves ${r.lost.saves}, publishes ${r.lost.publishes}, uploads ${r.lost.uploads}) |
| 500 answers | ${r.tally.byStatus.get('500') ?? 0} |
| peak memory (RSS) | ${Math.round(r.peakRssMb)} MB |

Faults: ${r.faults.map((f) => `\n- ${f}`).join('')}

| answers by status | count |
| --- | --- |
${rows(r.tally.byStatus)}

| answers by operation | count |
| --- | --- |
${rows(r.tally.byOperation)}

Server log: ${r.logFile}
`)
}

import pg from 'pg'
import { deflateSync, brotliCompressSync, constants } from 'node:zlib'
const c = new pg.Client('postgres://postgres@127.0.0.1:5432/vistka_bench'); await c.connect()
const r = await c.query("select body, pg_column_size(body) pc from story_versions tablesample system(1) limit 800")
let pgz=0, z6=0, z9=0, br=0, raw=0
for (const row of r.rows) { raw+=Buffer.byteLength(row.body); pgz+=row.pc; z6+=deflateSync(row.body,{level:6}).length; z9+=deflateSync(row.body,{level:9}).length; br+=brotliCompressSync(row.body,{params:{[constants.BROTLI_PARAM_QUALITY]:5}}).length }
const n=r.rows.length; console.log({n, raw:raw/n, pglz:pgz/n, z6:z6/n, z9:z9/n, br5:br/n})
await c.end()

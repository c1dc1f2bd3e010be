import Database from 'better-sqlite3'
const db = new Database('bench/.cache/corpus-2000-50ee6a1d2585.db', { readonly: true })
const run = (label: string, q: string) => { const st = db.prepare(q); st.all(); const t = performance.now(); for (let i = 0; i < 5; i++) st.all(); console.log(label, ((performance.now() - t) / 5).toFixed(1), 'ms', st.all().length) }
const base = "from search_fts f join story_versions v on v.id = f.version_id where search_fts match '\"уряд\"' and v.locale in ('uk','')"
const score = "-bm25(search_fts,0,0,0,10,5,3,1) * (1 + 2 * (instr(' ' || f.headline_terms || ' ', ' уряд ') > 0)) * (1 + pow(0.5, max(0, 20416.0 - f.fresh_at) / 14))"
run('count', "select count(*) " + base)
run('score', "select v.id, " + score + " s " + base + " order by s desc limit 11")
run('score+status', "select v.id, " + score + " s " + base + " and v.status = 'published' order by s desc limit 11")
run('score+visible', "select v.id, " + score + " s " + base + " and v.status = 'published' and v.published_at <= '2026-11-24T08:00:00Z' and (v.embargo_until is null or v.embargo_until <= '2026-11-24T08:00:00Z') order by s desc limit 11")
run('bm25 only', "select v.id, -bm25(search_fts,0,0,0,10,5,3,1) s " + base + " order by s desc limit 11")
run('no bm25', "select v.id, f.fresh_at s " + base + " order by s desc limit 11")
const cross = "from search_fts f cross join story_versions v where v.id = f.version_id and search_fts match '\"уряд\"' and v.locale in ('uk','')"
run('cross+visible', "select v.id, " + score + " s " + cross + " and v.status = 'published' and v.published_at <= '2026-11-24T08:00:00Z' and (v.embargo_until is null or v.embargo_until <= '2026-11-24T08:00:00Z') order by s desc limit 11")
for (const q of ["select v.id, " + score + " s " + base + " and v.status = 'published' order by s desc limit 11", "select v.id, " + score + " s " + base + " and v.status = 'published' and v.published_at <= '2026-11-24T08:00:00Z' order by s desc limit 11"]) console.log(db.prepare('explain query plan ' + q).all().map((r: any) => r.detail))
run('published_at only', "select v.id, " + score + " s " + base + " and v.published_at <= '2026-11-24T08:00:00Z' order by s desc limit 11")
run('published_at unary', "select v.id, " + score + " s " + base + " and +v.published_at <= '2026-11-24T08:00:00Z' and v.status='published' order by s desc limit 11")

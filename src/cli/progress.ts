/**
 * Progress for long CLI work: a single line redrawn in place on a terminal, or a line every
 * tenth of the way when output goes to a file or CI log.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1
  return {
    update(done: number, total: number, what: string) {
      const pct = Math.floor((done / total) * 100)
      if (stream.isTTY) {
        const line = `${label} [${'#'.repeat(Math.floor(pct / 5)).padEnd(20, '.')}] ${done}/${total} ${what}`
        stream.write(`\r${line.slice(0, (stream.columns || 100) - 1).padEnd((stream.columns || 100) - 1)}`)
        if (done === total) stream.write('\n')
      } else if (Math.floor(pct / 10) !== lastTenth || done === total) {
        lastTenth = Math.floor(pct / 10)
        stream.write(`${label}: ${done}/${total} (${pct}%)\n`)
      }
    },
  }
}

import { writeSync } from 'node:fs'

/** How long one log line may wait for a full pipe to drain before it is dropped. */
const MAX_WAIT_MS = 100
const pause = new Int32Array(new SharedArrayBuffer(4))

export interface LogDestination {
  write(line: string): void
  /** Lines lost since the last one that was written (reported in the next written line). */
  readonly dropped: number
  /** Writes the lines waiting for the end of the event loop's turn now. */
  flush(): void
  /** Writes what waits and stops (the app closed). */
  close(): void
}

/** Buffered lines are written once this many bytes wait, without waiting for the event loop's turn. */
const FLUSH_BYTES = 64 * 1024
/** pino's level numbers from warn up: written at once (after what waits), never held back. */
const WARN = 40

/**
 * Where pino writes log lines: to a file descriptor (stdout), in batches — the lines of one turn
 * of the event loop go out in one write once the turn's work is done, so a busy server makes one
 * system call per batch instead of one per request (the default level logs a line for most
 * requests). A warning or an error is written at once, after the lines before it; what waits is
 * written when the process exits, too (`process.exit`, an uncaught error; only SIGKILL loses the
 * last turn's lines).
 *
 * A failing write (a full disk: ENOSPC; a closed pipe: EPIPE) drops the lines instead of emitting
 * an 'error' that ends the process or blocking the request that logged. The count of dropped
 * lines, and why, is written as soon as writing works again.
 */
export function createLogDestination(fd = 1): LogDestination {
  let dropped = 0
  let reason = ''
  let waiting: string[] = []
  let waitingBytes = 0
  let scheduled = false

  function writeOut(text: string, lines: number): void {
    try {
      if (dropped > 0) {
        writeAll(fd, `${JSON.stringify({ level: 40, time: Date.now(), msg: `dropped ${dropped} log lines: ${reason}` })}\n`)
        dropped = 0
      }
      writeAll(fd, text)
    } catch (err) {
      dropped += lines
      reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message
    }
  }

  function flush(): void {
    scheduled = false
    if (waiting.length === 0) return
    const lines = waiting
    waiting = []
    waitingBytes = 0
    writeOut(lines.join(''), lines.length)
  }
  atExit.add(flush)

  return {
    get dropped() {
      return dropped
    },
    write(line: string) {
      if (levelOf(line) >= WARN) {
        flush()
        writeOut(line, 1)
        return
      }
      waiting.push(line)
      waitingBytes += line.length
      if (waitingBytes >= FLUSH_BYTES) flush()
      else if (!scheduled) {
        scheduled = true
        setImmediate(flush).unref()
      }
    },
    flush,
    close() {
      flush()
      atExit.delete(flush)
    },
  }
}

/** The destinations' flushes, run when the process exits (one listener for them all). */
const atExit = new Set<() => void>()
process.on('exit', () => {
  for (const flush of atExit) flush()
})

/** The level of a pino line (`{"level":30,…`); unknown shapes count as warnings, written at once. */
function levelOf(line: string): number {
  if (!line.startsWith('{"level":')) return WARN
  const level = Number(line.slice(9, 11))
  return Number.isInteger(level) ? level : WARN
}

function writeAll(fd: number, text: string): void {
  let buffer = Buffer.from(text)
  const deadline = Date.now() + MAX_WAIT_MS
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(fd, buffer))
    } catch (err) {
      // A non-blocking pipe that is full says EAGAIN: wait a moment for the reader, then give up.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN' || Date.now() > deadline) throw err
      Atomics.wait(pause, 0, 0, 1)
    }
  }
}

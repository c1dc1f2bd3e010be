import { writeSync } from 'node:fs'

/** How long one log line may wait for a full pipe to drain before it is dropped. */
const MAX_WAIT_MS = 100
const pause = new Int32Array(new SharedArrayBuffer(4))

export interface LogDestination {
  write(line: string): void
  /** Lines lost since the last one that was written (reported in the next written line). */
  readonly dropped: number
}

/**
 * Where pino writes log lines: synchronously to a file descriptor (stdout), like pino's default,
 * but a failing write (a full disk: ENOSPC; a closed pipe: EPIPE) drops the line instead of
 * emitting an 'error' that ends the process or blocking the request that logged. The count of
 * dropped lines, and why, is written as soon as writing works again.
 */
export function createLogDestination(fd = 1): LogDestination {
  let dropped = 0
  let reason = ''
  return {
    get dropped() {
      return dropped
    },
    write(line: string) {
      try {
        if (dropped > 0) {
          writeAll(fd, `${JSON.stringify({ level: 40, time: Date.now(), msg: `dropped ${dropped} log lines: ${reason}` })}\n`)
          dropped = 0
        }
        writeAll(fd, line)
      } catch (err) {
        dropped++
        reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message
      }
    },
  }
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

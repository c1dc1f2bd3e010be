import { readFile } from 'node:fs/promises'

export class CliError extends Error {}

/** Reads a password without echoing it; asks twice so a typo doesn't lock anyone out. */
export async function promptPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new CliError('No terminal to ask for a password: pass --password-file <path> (or - for stdin).')
  const first = await readHidden('Password: ')
  const second = await readHidden('Repeat password: ')
  if (first !== second) throw new CliError('The two passwords differ; nothing was created.')
  return first
}

function readHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin
    stdin.setRawMode(true) // before the prompt: anything typed or pasted after it must not echo
    process.stderr.write(question)
    stdin.resume()
    stdin.setEncoding('utf8')
    let value = ''
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          done()
          return resolve(value)
        }
        if (ch === '\u0003') {
          done()
          return reject(new CliError('Cancelled.'))
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1)
        else value += ch
      }
    }
    const done = () => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      process.stderr.write('\n')
    }
    stdin.on('data', onData)
  })
}

/** The first line of a file, or of stdin for '-'. */
export async function readPasswordFile(path: string): Promise<string> {
  let text: string
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8')
  } catch (err) {
    throw new CliError(`Cannot read the password file ${path}: ${(err as Error).message}`)
  }
  const password = text.split(/\r?\n/)[0] ?? ''
  if (!password) throw new CliError(`The password file ${path} is empty; put the password on its first line.`)
  return password
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

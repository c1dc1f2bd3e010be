/**
 * Reads the one PHP-serialized shape WordPress exports we need: Polylang's translation groups,
 * `a:3:{s:2:"uk";i:12;s:2:"en";i:14;…}`, a map of language → post or term id. A string's length
 * counts UTF-8 bytes, not characters, so the text is walked as bytes. Anything else — objects
 * above all, which PHP would instantiate — is refused: undefined, never a guess.
 */
export function readSerializedMap(text: string): Record<string, string> | undefined {
  const bytes = Buffer.from(text.trim(), 'utf8')
  let at = 0
  const expect = (s: string) => {
    if (bytes.toString('latin1', at, at + s.length) !== s) throw new SyntaxError(`expected '${s}' at byte ${at}`)
    at += s.length
  }
  const number = (): number => {
    const start = at
    if (bytes[at] === 0x2d) at++
    while (at < bytes.length && (bytes[at] as number) >= 0x30 && (bytes[at] as number) <= 0x39) at++
    if (at === start) throw new SyntaxError(`expected a number at byte ${at}`)
    return Number(bytes.toString('latin1', start, at))
  }
  const scalar = (): string => {
    const kind = String.fromCharCode(bytes[at] as number)
    at++
    if (kind === 'i') {
      expect(':')
      const n = number()
      expect(';')
      return String(n)
    }
    if (kind === 's') {
      expect(':')
      const length = number()
      expect(':"')
      if (length < 0 || at + length > bytes.length) throw new SyntaxError('string runs past the end')
      const value = bytes.toString('utf8', at, at + length)
      at += length
      expect('";')
      return value
    }
    throw new SyntaxError(`unsupported value '${kind}'`)
  }
  try {
    expect('a:')
    const count = number()
    expect(':{')
    const out: Record<string, string> = {}
    for (let i = 0; i < count; i++) {
      const key = scalar()
      out[key] = scalar()
    }
    expect('}')
    return at === bytes.length ? out : undefined
  } catch {
    return undefined
  }
}

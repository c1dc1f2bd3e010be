import type { Algorithm } from '@node-rs/argon2'
import { packages } from '../packages-on-use.js'

export const PASSWORD_MIN = 10

// argon2id with OWASP's recommended floor: 19 MiB memory, 2 passes, 1 lane.
// The library's Algorithm is a const enum, which isolated modules can't read; 2 is its Argon2id.
const ARGON2ID = 2 as Algorithm.Argon2id
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export const hashPassword = (password: string): Promise<string> => packages.argon2().hash(password, OPTIONS)

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await packages.argon2().verify(storedHash, password)
  } catch {
    return false // a malformed stored hash is a failed login, not a crash
  }
}

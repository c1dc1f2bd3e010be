import type { Timestamp } from '../db/time.js'
import type { Role } from '../shared/roles.js'

export interface User {
  id: string
  email: string
  name: string
  role: Role
  /** Languages a translator works in; empty = all. */
  locales: string[]
  disabledAt: Timestamp | null
  createdAt: Timestamp
  updatedAt: Timestamp
}

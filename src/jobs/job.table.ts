import type { Generated } from 'kysely'

export interface JobTable {
  id: string
  kind: string
  payload: Generated<string>
  run_at: string
  status: string
  attempts: Generated<number>
  last_error: string | null
  locked_by: string | null
  locked_at: string | null
  created_at: string
  updated_at: string
}

import { api } from './client.js'
import type { Account, Role } from './types.js'

/** Newsroom accounts in the admin API (admins only). */

export const createAccount = (input: { email: string; name: string; role: Role; password: string; locales: string[] }) =>
  api.post<Account>('/users', input)
export const updateAccount = (id: string, change: { name?: string; role?: Role; locales?: string[] }) =>
  api.put<Account>(`/users/${id}`, change)
export const enableAccount = (id: string) => api.post<Account>(`/users/${id}/enable`)
export const disableAccount = (id: string) => api.post<Account>(`/users/${id}/disable`)

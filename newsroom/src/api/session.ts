import { api } from './client.js'
import type { Session } from './types.js'

/** Signing in and out of the newsroom. */

export const signIn = (email: string, password: string) => api.post<Session>('/session', { email, password })
export const signOut = () => api.delete<void>('/session')

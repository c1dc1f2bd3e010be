import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { api, onUnauthenticated, setCsrfToken } from '../api/client.js'
import * as session from '../api/session.js'
import type { Session, User } from '../api/types.js'

type SessionState = { kind: 'loading' } | { kind: 'signedOut' } | { kind: 'signedIn'; user: User } | { kind: 'expired'; user: User }

interface SessionApi {
  state: SessionState
  signIn(email: string, password: string): Promise<void>
  signOut(): Promise<void>
  /** Runs after every sign-in that ends an expired session: screens retry what failed. */
  onRestored(listener: () => void): () => void
}

const SessionContext = createContext<SessionApi | null>(null)

/**
 * Who is signed in. A 401 from any request while signed in marks the session expired rather
 * than signed out: the screen stays (with its unsaved text) and a sign-in dialog goes over it.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' })
  const restored = useRef(new Set<() => void>())
  const current = useRef(state)
  current.current = state

  useEffect(() => {
    api
      .get<Session>('/session')
      .then((s) => {
        setCsrfToken(s.csrfToken)
        setState({ kind: 'signedIn', user: s.user })
      })
      .catch(() => setState({ kind: 'signedOut' })) // 401, or no server: either way the sign-in form is what to show
  }, [])

  useEffect(() => onUnauthenticated(() => setState((s) => (s.kind === 'signedIn' ? { kind: 'expired', user: s.user } : s))), [])

  const signIn = useCallback(async (email: string, password: string) => {
    const s = await session.signIn(email, password)
    setCsrfToken(s.csrfToken)
    const wasExpired = current.current.kind === 'expired'
    setState({ kind: 'signedIn', user: s.user })
    // The new CSRF token is already in place, so what failed can be retried at once.
    if (wasExpired) for (const listener of restored.current) listener()
  }, [])

  const signOut = useCallback(async () => {
    await session.signOut().catch(() => undefined) // an already-ended session is signed out too
    setCsrfToken(null)
    setState({ kind: 'signedOut' })
  }, [])

  const onRestored = useCallback((listener: () => void) => {
    restored.current.add(listener)
    return () => {
      restored.current.delete(listener)
    }
  }, [])

  const value = useMemo(() => ({ state, signIn, signOut, onRestored }), [state, signIn, signOut, onRestored])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}

/** The signed-in (or expired, being re-signed-in) user; screens behind the sign-in gate always have one. */
export function useUser(): User {
  const { state } = useSession()
  if (state.kind !== 'signedIn' && state.kind !== 'expired') throw new Error('useUser before sign-in')
  return state.user
}

import { DomainError } from '../errors.js'

/** Awaits an operation that must be refused and returns its DomainError; anything else fails the test. */
export async function refusal(operation: Promise<unknown>): Promise<DomainError> {
  const outcome = await operation.then(
    () => 'resolved',
    (err: unknown) => err,
  )
  if (outcome instanceof DomainError) return outcome
  throw new Error(`expected a DomainError, got ${outcome === 'resolved' ? 'success' : String(outcome)}`)
}

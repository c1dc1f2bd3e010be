import { setImmediate as nextTurn } from 'node:timers/promises'
import AjvCompiler from '@fastify/ajv-compiler'
import SerializerSelector from '@fastify/fast-json-stringify-compiler'

type ValidatorFactory = ReturnType<typeof AjvCompiler>
type Validator = ReturnType<ReturnType<ValidatorFactory>>
type SerializerFactory = ReturnType<typeof SerializerSelector>
type Serializer = ReturnType<ReturnType<SerializerFactory>>

/**
 * Fastify's own schema compilers (ajv for request validation, fast-json-stringify for responses),
 * compiling each route's schema when the route is first used instead of while the server boots:
 * the admin and Content APIs' ~200 schemas took ~250 ms of every start (issue 20: start-up under
 * a second). `compileAll()` compiles what is left — `vistka serve` runs it one schema a turn
 * after it listens, so a schema mistake still shows within a second of a start, and a test
 * compiles them all at once.
 */
export function createLazySchemaCompilers() {
  const pending = new Set<() => void>()
  // One of each, as Fastify makes them: each keeps its compiler (its ajv) per set of shared schemas.
  const validators = AjvCompiler()
  const serializers = SerializerSelector()

  function lazily<F extends (...args: never[]) => unknown>(compile: () => F, onCompiled?: (fn: F) => void) {
    let compiled: F | undefined
    const ensure = () => {
      if (compiled) return compiled
      compiled = compile()
      pending.delete(ensure)
      onCompiled?.(compiled)
      return compiled
    }
    pending.add(ensure)
    return ensure
  }

  const buildValidator: ValidatorFactory = (externalSchemas, options) => {
    const compile = validators(externalSchemas, options)
    return (route) => {
      const ensure = lazily(() => compile(route) as Validator)
      // Fastify reads `.errors` after a `false`, as from ajv's own function.
      const validate = ((data: unknown) => {
        const fn = ensure()
        const valid = fn(data)
        validate.errors = fn.errors
        return valid
      }) as Validator
      return validate
    }
  }

  const buildSerializer: SerializerFactory = (externalSchemas, options) => {
    const compile = serializers(externalSchemas, options)
    return (route) => {
      const ensure = lazily(() => compile(route))
      return ((doc: unknown) => ensure()(doc)) as Serializer
    }
  }

  return {
    compilersFactory: { buildValidator, buildSerializer },
    /** Compiles every schema not compiled yet; throws the first one's error. */
    compileAll(): void {
      for (const ensure of [...pending]) ensure()
    },
    /** Compiles what is left one schema a turn, so requests go first; reports a failure. */
    async compileInBackground(onError: (err: unknown) => void): Promise<void> {
      for (const ensure of [...pending]) {
        await nextTurn()
        try {
          ensure()
        } catch (err) {
          onError(err)
        }
      }
    },
  }
}

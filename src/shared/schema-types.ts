/**
 * The TypeScript type a response's JSON schema describes, for the subset of JSON Schema our
 * route schemas use: so the newsroom app's types are derived from the schemas the server
 * validates and serialises with, and can't drift from them. Every property a response schema
 * lists is sent (the server fills each one), so all are present here.
 */
type Primitive<T> = T extends 'string'
  ? string
  : T extends 'integer' | 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : T extends 'array'
          ? unknown[]
          : T extends 'object'
            ? Record<string, unknown>
            : never

type Props<P> = { -readonly [K in keyof P]: FromSchema<P[K]> }

export type FromSchema<S> = S extends { readonly enum: readonly (infer E)[] }
  ? E
  : S extends { readonly type: 'array'; readonly items: infer I }
    ? FromSchema<I>[]
    : S extends { readonly properties: infer P }
      ? S extends { readonly type: readonly (infer T)[] }
        ? Props<P> | ('null' extends T ? null : never)
        : Props<P>
      : S extends { readonly additionalProperties: infer A extends object }
        ? Record<string, FromSchema<A>>
        : S extends { readonly type: readonly (infer T)[] }
          ? Primitive<T>
          : S extends { readonly type: infer T }
            ? Primitive<T>
            : unknown

/** How an account leaves the API: never its password hash. */
export const userDto = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    locales: { type: 'array', items: { type: 'string' } },
    disabledAt: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
  },
} as const

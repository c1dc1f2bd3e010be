/** JSON-schema pieces every admin API area uses. */
export const idSchema = { type: 'string', pattern: '^[0-9a-z]{12}$' } as const
export const idParams = { type: 'object', required: ['id'], properties: { id: idSchema } } as const

import { z } from 'zod'
import { identitySchema } from './user-schemas'

export const identityResponseSchema = z.looseObject({ identity: identitySchema })
/** make_primary answers with every identity of the user. */
export const identitiesResponseSchema = z.looseObject({ identities: z.array(identitySchema) })

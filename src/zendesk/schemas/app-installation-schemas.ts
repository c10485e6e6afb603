import { z } from 'zod'

/** `PUT /api/v2/apps/installations/{id}` answers the installation; only its settings are read back. */
export const installationResponseSchema = z.looseObject({
  id: z.number().optional(),
  settings: z.record(z.string(), z.unknown()).nullable().optional(),
})

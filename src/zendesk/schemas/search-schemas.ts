import { z } from 'zod'
import { ticketSchema } from './ticket-schemas'

/** The app only searches `type:ticket`, so every result must be a ticket; anything else is a malformed page. */
const ticketResultSchema = ticketSchema.extend({ result_type: z.literal('ticket').optional() })

/** `/search`: offset paging, `count` is the true total even past the 1,000-result cap (reference §1.1). */
export const searchPageSchema = z.looseObject({
  results: z.array(ticketResultSchema),
  next_page: z.string().nullable().optional(),
  count: z.number(),
})

/** `/search/export`: cursor paging, no count. */
export const searchExportPageSchema = z.looseObject({
  results: z.array(ticketResultSchema),
  meta: z.looseObject({ has_more: z.boolean(), after_cursor: z.string().nullable().optional() }),
})

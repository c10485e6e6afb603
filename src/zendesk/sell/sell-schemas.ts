import { z } from 'zod'

/**
 * The Sell v2 envelope (zendesk-reference.md §2): one resource is `{data, meta}`, a list is
 * `{items: [{data, meta}], meta}`. Only what the app reads is checked; unknown fields pass through
 * because, for an export, they are the person's data too.
 */
export const sellRecordSchema = z.looseObject({
  id: z.number(),
  name: z.string().nullable().optional(),
  first_name: z.string().nullable().optional(),
  last_name: z.string().nullable().optional(),
  organization_name: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  mobile: z.string().nullable().optional(),
  created_at: z.string().nullable().optional(),
  updated_at: z.string().nullable().optional(),
})

export const sellItemSchema = z.looseObject({ id: z.number(), created_at: z.string().nullable().optional() })

const metaSchema = z.looseObject({}).nullable().optional()

export const sellSingleSchema = z.looseObject({ data: sellRecordSchema, meta: metaSchema })

export function sellListSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    items: z.array(z.looseObject({ data: item, meta: metaSchema })),
    meta: z
      .looseObject({
        count: z.number().optional(),
        links: z.looseObject({ next_page: z.string().nullable().optional() }).optional(),
      })
      .nullable()
      .optional(),
  })
}

export const sellRecordListSchema = sellListSchema(sellRecordSchema)
export const sellItemListSchema = sellListSchema(sellItemSchema)

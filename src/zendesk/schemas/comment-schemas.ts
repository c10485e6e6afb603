import { z } from 'zod'
import { userSchema } from './user-schemas'

export const attachmentSchema = z.looseObject({
  id: z.number(),
  file_name: z.string(),
  content_url: z.string(),
  mapped_content_url: z.string().optional(),
  content_type: z.string(),
  size: z.number(),
  inline: z.boolean().optional(),
  deleted: z.boolean().optional(),
})
export type ZendeskAttachment = z.infer<typeof attachmentSchema>

/** A ticket comment (reference §1.3). `plain_body` is the most sanitised text, `html_body` the least. */
export const commentSchema = z.looseObject({
  id: z.number(),
  type: z.string().optional(),
  author_id: z.number(),
  body: z.string().optional(),
  html_body: z.string().optional(),
  plain_body: z.string().optional(),
  public: z.boolean(),
  created_at: z.string(),
  attachments: z.array(attachmentSchema).default([]),
  /** Voice comments: the call and its recording (possibly hosted outside Zendesk). */
  data: z.looseObject({ call_id: z.union([z.string(), z.number()]).optional(), recording_url: z.string().nullable().optional() }).nullable().optional(),
})
export type ZendeskComment = z.infer<typeof commentSchema>

/** Cursor pages of `/tickets/{id}/comments`; `users` is there with `include=users`. */
export const commentsCursorPageSchema = z.looseObject({
  comments: z.array(commentSchema),
  users: z.array(userSchema).optional(),
  meta: z.looseObject({ has_more: z.boolean(), after_cursor: z.string().nullable().optional() }),
})

import type { FakeZendesk } from '../../../dev/fake-zendesk/index'

/** Arranges a test: adds a comment to a ticket of the fake account (as if someone had posted it). */
export function plantComment(fake: FakeZendesk, ticketId: number, body: string, authorId?: number): number {
  const [template] = fake.state.commentsOf(ticketId)
  if (!template) throw new Error(`Ticket ${ticketId} has no comment to copy.`)
  const id = fake.state.nextId('comment')
  fake.state.comments.set(id, { ...structuredClone(template), id, body, plain_body: body, html_body: `<p>${body.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`, author_id: authorId ?? template.author_id, attachments: [], created_at: '2025-12-31T23:59:00Z' })
  fake.state.ticketComments.get(ticketId)?.push(id)
  fake.state.searchIndex.invalidate('ticket', ticketId)
  return id
}

/** Script tags, event-handler images, SVG, a javascript: link, RTL override, Arabic, emoji, and a 64 KB body. */
export const HOSTILE_BODY = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<svg onload="window.__pwned = 3"><circle r="9"/></svg>',
  '<a href="javascript:window.__pwned = 4">click</a>',
  '\u202Egnp.exe\u202C مرحبا بكم',
  'write to lea.martin@example.com 😀👍🏽‍🔥',
  'x'.repeat(64 * 1024 - 400),
  'card 4111 1111 1111 1111 end',
].join(' ')

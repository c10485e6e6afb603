// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { DEMO_ADMIN_ID, DEMO_AGENT_ID, DEMO_LIGHT_AGENT_ID, DEMO_PLANTED, DEMO_TICKET_IDS, FAKE_PII } from '../../dev/fake-zendesk/index'
import { get, put, useFakeZendesk } from './support'

const fake = useFakeZendesk()

const openTicket = DEMO_TICKET_IDS['lea-double-charge'] ?? 0
const closedTicket = DEMO_TICKET_IDS['lea-identity-check'] ?? 0
const archivedTicket = DEMO_TICKET_IDS['lea-billing-problem'] ?? 0
const iban = FAKE_PII.lea.iban
const blocks = (text: string) => '▇'.repeat(Array.from(text).length)

function commentWith(ticketId: number, needle: string) {
  const comment = fake.state.getComments(ticketId).find((c) => c.plain_body.includes(needle))
  if (!comment) throw new Error(`no comment with ${needle} in ticket ${ticketId}`)
  return comment
}

describe('legacy PUT /tickets/:t/comments/:c/redact', () => {
  test('replaces every character of every occurrence in body, html_body and plain_body, and tags the ticket', async () => {
    const comment = commentWith(openTicket, iban)
    const { status, body } = await put(`/api/v2/tickets/${openTicket}/comments/${comment.id}/redact`, { text: iban })
    expect(status).toBe(200)
    for (const field of ['body', 'html_body', 'plain_body'] as const) {
      expect(body.comment[field]).not.toContain(iban)
      expect(body.comment[field]).toContain(blocks(iban))
    }
    const stored = fake.state.getComment(comment.id)
    expect(stored?.plain_body).toBe(comment.plain_body.split(iban).join(blocks(iban)))
    expect(fake.state.getTicket(openTicket)?.tags).toContain('redacted_content')
  })

  test('refuses closed and archived tickets with a 422', async () => {
    for (const ticketId of [closedTicket, archivedTicket]) {
      const comment = fake.state.getComments(ticketId)[1] ?? fake.state.getComments(ticketId)[0]
      const { status, body } = await put(`/api/v2/tickets/${ticketId}/comments/${comment?.id}/redact`, { text: 'Léa' })
      expect(status).toBe(422)
      expect(typeof body.error).toBe('string')
    }
  })

  test('text that is not there leaves the comment unchanged and untagged', async () => {
    const comment = commentWith(openTicket, iban)
    const { status, body } = await put(`/api/v2/tickets/${openTicket}/comments/${comment.id}/redact`, { text: 'absent-string' })
    expect(status).toBe(200)
    expect(body.comment.plain_body).toBe(comment.plain_body)
    expect(fake.state.getTicket(openTicket)?.tags).not.toContain('redacted_content')
  })

  test('a comment of another ticket is a 404', async () => {
    const comment = commentWith(openTicket, iban)
    expect((await put(`/api/v2/tickets/${closedTicket}/comments/${comment.id}/redact`, { text: iban })).status).toBe(404)
  })
})

describe('PUT /comment_redactions/:c (Agent Workspace)', () => {
  test('works on a closed ticket: each <redact> character becomes ▇, the markup goes, the ticket is tagged', async () => {
    const comment = commentWith(closedTicket, FAKE_PII.lea.nir)
    const html = comment.html_body.replace(FAKE_PII.lea.nir, `<redact>${FAKE_PII.lea.nir}</redact>`)
    const { status, body } = await put(`/api/v2/comment_redactions/${comment.id}`, { ticket_id: closedTicket, html_body: html })
    expect(status).toBe(200)
    expect(body.comment.html_body).toBe(comment.html_body.replace(FAKE_PII.lea.nir, blocks(FAKE_PII.lea.nir)))
    expect(body.comment.html_body).not.toContain('<redact>')
    expect(body.comment.plain_body).toContain(blocks(FAKE_PII.lea.nir))
    expect(body.comment.body).not.toContain(FAKE_PII.lea.nir)
    expect(fake.state.getTicket(closedTicket)?.tags).toContain('redacted_content')
  })

  test('works on an archived ticket, and external_attachment_urls redact the listed files', async () => {
    const comment = commentWith(archivedTicket, iban)
    const attachment = comment.attachments[0]
    const { status, body } = await put(`/api/v2/comment_redactions/${comment.id}`, { ticket_id: archivedTicket, external_attachment_urls: [attachment?.content_url] })
    expect(status).toBe(200)
    expect(body.comment.attachments[0]).toMatchObject({ id: attachment?.id, file_name: 'redacted.txt', size: 0, content_type: 'text/plain' })
  })

  test('formatted text: <redact> inside <strong>, and a bare redact attribute on <a> drops the link', async () => {
    const ticketId = DEMO_TICKET_IDS['lea-card-declined'] ?? 0
    const comment = commentWith(ticketId, FAKE_PII.lea.card)
    const html = comment.html_body
      .replace(`<strong>${FAKE_PII.lea.card}</strong>`, `<strong><redact>${FAKE_PII.lea.card}</redact></strong>`)
      .replace('<a href="mailto:lea.martin@example.com">lea.martin@example.com</a>', '<a redact href="mailto:lea.martin@example.com"><redact>lea.martin@example.com</redact></a>')
    const { body } = await put(`/api/v2/comment_redactions/${comment.id}`, { ticket_id: ticketId, html_body: html })
    expect(body.comment.html_body).toContain(`<strong>${blocks(FAKE_PII.lea.card)}</strong>`)
    expect(body.comment.html_body).toContain(`<a>${blocks('lea.martin@example.com')}</a>`)
    expect(body.comment.html_body).not.toContain('mailto:')
  })

  test('the redact attribute alone leaves the inner text; on an inline <img> it drops the source and redacts the image', async () => {
    const ticketId = DEMO_TICKET_IDS['lea-loyalty-points'] ?? 0
    const comment = fake.state.getComments(ticketId)[0]
    const image = comment?.attachments.find((a) => a.inline)
    const html = (comment?.html_body ?? '').replace('<img ', '<img redact ')
    const { body } = await put(`/api/v2/comment_redactions/${comment?.id}`, { ticket_id: ticketId, html_body: html })
    expect(body.comment.html_body).not.toContain(image?.content_url)
    expect(body.comment.html_body).toContain('CRM-LM-0042')
    expect(fake.state.getAttachment(image?.id ?? 0)?.file_name).toBe('redacted.txt')
  })

  test('an html_body that is not the current comment plus markup is refused (default), so app bugs surface', async () => {
    const comment = commentWith(closedTicket, FAKE_PII.lea.nir)
    const { status, body } = await put(`/api/v2/comment_redactions/${comment.id}`, { ticket_id: closedTicket, html_body: '<div>something else</div>' })
    expect(status).toBe(422)
    expect(body.error).toBe('RecordInvalid')
    expect(fake.state.getComment(comment.id)?.html_body).toBe(comment.html_body)
  })

  test('ticket_id is required', async () => {
    const comment = commentWith(closedTicket, FAKE_PII.lea.nir)
    expect((await put(`/api/v2/comment_redactions/${comment.id}`, { html_body: comment.html_body })).status).toBe(400)
  })

  test('refused without Agent Workspace', async () => {
    fake.updateSettings({ agentWorkspace: false })
    const comment = commentWith(closedTicket, FAKE_PII.lea.nir)
    const { status } = await put(`/api/v2/comment_redactions/${comment.id}`, { ticket_id: closedTicket, html_body: comment.html_body })
    expect(status).toBe(403)
  })
})

describe('attachment redaction', () => {
  const passport = DEMO_PLANTED.attachments.find((a) => a.fileName === 'passport_scan.jpg')
  const idCard = DEMO_PLANTED.attachments.find((a) => a.fileName === 'carte_identite_recto.png')

  test('replaces the file with an empty redacted.txt on an open ticket', async () => {
    const { status, body } = await put(`/api/v2/tickets/${idCard?.ticketId}/comments/${idCard?.commentId}/attachments/${idCard?.attachmentId}/redact`)
    expect(status).toBe(200)
    expect(body.attachment).toMatchObject({ id: idCard?.attachmentId, file_name: 'redacted.txt', size: 0, thumbnails: [] })
    expect(fake.state.getTicket(idCard?.ticketId ?? 0)?.tags).toContain('redacted_content')
  })

  test('is refused on a closed ticket (use comment_redactions there)', async () => {
    const { status } = await put(`/api/v2/tickets/${passport?.ticketId}/comments/${passport?.commentId}/attachments/${passport?.attachmentId}/redact`)
    expect(status).toBe(422)
    expect(fake.state.getAttachment(passport?.attachmentId ?? 0)?.file_name).toBe('passport_scan.jpg')
  })
})

describe('who may redact', () => {
  test('light agents are refused; agents need "agents can delete tickets"; admins always may', async () => {
    const comment = commentWith(openTicket, iban)
    const redact = () => put(`/api/v2/tickets/${openTicket}/comments/${comment.id}/redact`, { text: iban })
    fake.setActingUser(DEMO_LIGHT_AGENT_ID)
    expect((await redact()).status).toBe(403)
    fake.updateSettings({ agentsCanDelete: false })
    fake.setActingUser(DEMO_AGENT_ID)
    const denied = await redact()
    expect(denied.status).toBe(403)
    expect(denied.body.error.title).toBe('Forbidden')
    fake.setActingUser(DEMO_ADMIN_ID)
    expect((await redact()).status).toBe(200)
  })

  test('the redacted text is gone from search too', async () => {
    const before = await get(`/api/v2/search?query=${encodeURIComponent(`"${iban}"`)}`)
    expect(before.body.count).toBeGreaterThan(0)
    for (const ticketId of before.body.results.map((r: { id: number }) => r.id)) {
      for (const c of fake.state.getComments(ticketId).filter((x) => x.plain_body.includes(iban))) {
        if (fake.state.getTicket(ticketId)?.status === 'closed') {
          await put(`/api/v2/comment_redactions/${c.id}`, { ticket_id: ticketId, html_body: c.html_body.split(iban).join(`<redact>${iban}</redact>`) })
        } else {
          await put(`/api/v2/tickets/${ticketId}/comments/${c.id}/redact`, { text: iban })
        }
      }
    }
    const after = await get(`/api/v2/search?query=${encodeURIComponent(`"${iban}"`)}`)
    // What is left are subject lines and custom fields, which no API can redact.
    for (const ticket of after.body.results) expect(`${ticket.subject} ${JSON.stringify(ticket.custom_fields)}`).toContain(iban)
  })
})

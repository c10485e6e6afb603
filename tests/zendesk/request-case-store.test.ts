import { DEMO_AGENT_ID, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT, createFakeZendesk } from '../../dev/fake-zendesk/index'
import { CASE_NOTE_MARKER } from '../../src/core/case/case-note'
import { emptyCase } from '../../src/core/case/request-case'
import { loadTicketCase, saveTicketCase } from '../../src/zendesk/request-case-store'
import { createSupportApi } from '../../src/zendesk/support-api'
import { createTestWorkspace } from '../support/test-workspace'

function apiFor(workspace: ReturnType<typeof createTestWorkspace>) {
  return createSupportApi({ client: workspace.client, sleep: async () => undefined })
}

const change = (action: string, byUserId: number) => ({ action, at: '2026-03-02T09:00:00Z', byUserId })

test('two agents editing different parts of the case both keep their change', async () => {
  const fake = createFakeZendesk()
  const first = apiFor(createTestWorkspace({ fake }))
  const second = apiFor(createTestWorkspace({ fake, agentId: DEMO_AGENT_ID }))
  const defaults = emptyCase({ jurisdiction: 'gdpr', receivedOn: '2026-02-28' })
  await saveTicketCase(first, DEMO_REQUEST_TICKET_ID, { patch: { obligations: { access: 'done' } }, change: change('obligation_done', 1), summary: 'a', defaults })
  await saveTicketCase(second, DEMO_REQUEST_TICKET_ID, { patch: { obligations: { objection: 'in_progress' } }, change: change('suspend_user', 2), summary: 'b', defaults })
  const stored = await loadTicketCase(first, DEMO_REQUEST_TICKET_ID)
  expect(stored.value?.obligations).toEqual({ access: 'done', objection: 'in_progress' })
  // The seed's hand-added `privacy_request` tag is kept; other tags are never touched.
  const before = createFakeZendesk().state.getTicket(DEMO_REQUEST_TICKET_ID)?.tags ?? []
  for (const tag of before) expect(stored.tags).toContain(tag)
})

test('a save that changes nothing writes nothing', async () => {
  const fake = createFakeZendesk()
  const api = apiFor(createTestWorkspace({ fake }))
  const defaults = emptyCase()
  await saveTicketCase(api, DEMO_REQUEST_TICKET_ID, { patch: { jurisdiction: 'lgpd' }, change: change('case_saved', 1), summary: 'x', defaults })
  fake.clearWriteLog()
  await saveTicketCase(api, DEMO_REQUEST_TICKET_ID, { patch: { jurisdiction: 'lgpd' }, change: change('case_saved', 1), summary: 'x', defaults })
  expect(fake.writeLog).toEqual([])
})

test('when the tags were cleared by hand, the latest case note still tells the progress', async () => {
  const fake = createFakeZendesk()
  const api = apiFor(createTestWorkspace({ fake }))
  await saveTicketCase(api, DEMO_REQUEST_TICKET_ID, { patch: { jurisdiction: 'ccpa', obligations: { portability: 'done' } }, change: change('obligation_done', 1), summary: 'x', defaults: emptyCase() })
  const tags = fake.state.getTicket(DEMO_REQUEST_TICKET_ID)?.tags ?? []
  await api.ticketUpdates.updateTicket(DEMO_REQUEST_TICKET_ID, { removeTags: tags.filter((t) => t.startsWith('privacy_')) })
  const stored = await loadTicketCase(api, DEMO_REQUEST_TICKET_ID)
  expect(stored.value).toMatchObject({ jurisdiction: 'ccpa', obligations: { portability: 'done' } })
  const note = fake.state.getComments(DEMO_REQUEST_TICKET_ID).find((c) => c.body.includes(CASE_NOTE_MARKER))
  expect(note?.public).toBe(false)
  expect(note?.body).not.toContain(DEMO_SUBJECT.primaryEmail)
})

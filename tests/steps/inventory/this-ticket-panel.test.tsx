import { screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { DEMO_PLANTED, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import ThisTicketPanel from '../../../src/steps/this-ticket/this-ticket-panel'
import { renderWithInventory } from './render-inventory'
import { plantComment } from './plant-comment'

test("lists this ticket's findings only, and updates when a comment arrives (ticket.comments.changed)", async () => {
  const view = await renderWithInventory(<ThisTicketPanel />, { location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID, uiLocale: 'es' })
  const list = await screen.findByRole('list', { name: view.t('thisTicket.listLabel') }, { timeout: 10_000 })
  const planted = DEMO_PLANTED.occurrences.filter((o) => o.ticketId === DEMO_REQUEST_TICKET_ID)
  const ids = () => [...list.querySelectorAll('[data-finding-id]')].map((el) => el.getAttribute('data-finding-id') ?? '')
  expect(ids().every((id) => id.startsWith(`${DEMO_REQUEST_TICKET_ID}:`))).toBe(true)
  expect(ids().length).toBeGreaterThanOrEqual(planted.length)
  const before = ids().length
  plantComment(view.fake, DEMO_REQUEST_TICKET_ID, 'Nouveau numéro : +33 6 12 34 56 78', DEMO_SUBJECT_ID)
  view.workspace.trigger('ticket.comments.changed')
  await waitFor(() => expect(screen.getByRole('list', { name: view.t('thisTicket.listLabel') }).querySelectorAll('[data-finding-id]')).toHaveLength(before + 1), { timeout: 10_000 })
  expect(screen.getByRole('heading', { name: 'Datos personales en este ticket' })).toBeInTheDocument()
})

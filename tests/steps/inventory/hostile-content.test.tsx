import { render, screen, waitFor } from '@testing-library/react'
import { ThemeProvider } from '@zendeskgarden/react-theming'
import { expect, test } from 'vitest'
import { DEMO_REQUEST_TICKET_ID } from '../../../dev/fake-zendesk/index'
import { scanTicket } from '../../../src/core/inventory/scan-ticket'
import { createTranslator } from '../../../src/i18n/create-translator'
import { I18nProvider } from '../../../src/i18n/i18n-context'
import { FindingInContext } from '../../../src/components/finding-in-context'
import ThisTicketPanel from '../../../src/steps/this-ticket/this-ticket-panel'
import { renderWithInventory } from './render-inventory'
import { HOSTILE_BODY, plantComment } from './plant-comment'

declare global {
  interface Window {
    __pwned?: number
  }
}

/** No element the hostile markup could have created exists (Garden's own icons are SVG, so look for ours). */
function expectInert(container: HTMLElement) {
  expect(container.querySelector('script, img, iframe, svg[onload], circle, [onerror], [onload], a[href^="javascript"]')).toBeNull()
  expect(window.__pwned).toBeUndefined()
}

test('hostile ticket text in a finding context is rendered as inert text, intact', async () => {
  const [finding] = scanTicket({
    ticket: { id: 1, status: 'open', requester_id: 7 },
    comments: [{ id: 2, author_id: 7, body: '<img onerror=a()><script>b()</script> lea@x.example \u202Eevil\u202C 😀' }],
    complete: true,
    subjectId: 7,
    knownRoles: ['requester'],
    detect: { subject: { emails: ['lea@x.example'] } },
    nowMs: 0,
  }).findings
  if (!finding) throw new Error('expected a finding')
  const translator = await createTranslator('en', true)
  const { container } = render(
    <ThemeProvider>
      <I18nProvider translator={translator}>
        <FindingInContext finding={finding} />
      </I18nProvider>
    </ThemeProvider>,
  )
  expectInert(container)
  expect(container.textContent).toBe('<img onerror=a()><script>b()</script> l••@x•.example \u202Eevil\u202C 😀')
  expect(container.querySelectorAll('bdi')).toHaveLength(3)
})

test('the this-ticket view shows a hostile 64 KB comment inert and intact, and still finds what is in it', async () => {
  const view = await renderWithInventory(<ThisTicketPanel />, { location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID })
  const commentId = plantComment(view.fake, DEMO_REQUEST_TICKET_ID, HOSTILE_BODY)
  await screen.findByRole('list', { name: view.t('thisTicket.listLabel') }, { timeout: 10_000 })
  view.workspace.trigger('ticket.comments.changed')
  const selector = `[data-finding-id^="${DEMO_REQUEST_TICKET_ID}:${commentId}:"]`
  await waitFor(() => expect(document.querySelectorAll(selector).length).toBeGreaterThan(0), { timeout: 10_000 })
  const items = [...document.querySelectorAll(selector)] as HTMLElement[]
  expect(items.map((item) => item.querySelector('span')?.textContent)).toEqual([view.t('thisTicket.piiType.EMAIL'), view.t('thisTicket.piiType.CREDIT_CARD')])
  expectInert(view.container)
  const email = items[0]?.textContent ?? ''
  expect(email).toContain('\u202Egnp.exe\u202C مرحبا بكم write to ')
  expect(email).toContain('l••••@e••••.com 😀👍🏽‍🔥')
  expect(items[1]?.textContent).toContain('•••• •••• •••• 1111 end')
  expect(document.body.textContent).not.toContain('lea.martin@example.com')
})

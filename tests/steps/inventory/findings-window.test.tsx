import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ThemeProvider } from '@zendeskgarden/react-theming'
import { expect, test, vi } from 'vitest'
import type { Finding, Inventory, InventoryTicket } from '../../../src/core/inventory/inventory-types'
import { createTranslator } from '../../../src/i18n/create-translator'
import { I18nProvider } from '../../../src/i18n/i18n-context'
import { FindingsListbox } from '../../../src/steps/inventory/findings-listbox'
import { buildReviewRows } from '../../../src/steps/inventory/review-rows'

function bigInventory(tickets: number, perTicket: number): Inventory {
  const list: InventoryTicket[] = Array.from({ length: tickets }, (_, i) => ({
    id: tickets - i, subject: `T${i}`, status: 'open', roles: ['requester'], requesterId: 7, createdAt: '', updatedAt: '', tags: [], commentCount: 1, attachments: [], voiceRecordings: [], scanned: true,
  }))
  const findings: Finding[] = list.flatMap((t) =>
    Array.from({ length: perTicket }, (_, j) => ({
      id: `${t.id}:1:${j * 10}:EMAIL`, location: 'comment' as const, ticketId: t.id, commentId: 1, type: 'EMAIL' as const, value: `user${j}@example.com`,
      start: j * 10, end: j * 10 + 5, confidence: 0.95, rule: 'email', subject: false, review: 'pending' as const, context: { before: 'mail ', after: ' ok', clippedBefore: false, clippedAfter: false },
    })),
  )
  return { subjectId: 7, terms: [], tickets: list, findings, unreadable: [], builtAt: '', complete: true }
}

test('5,000 findings render as a few dozen rows, and the keyboard reaches every one', async () => {
  const inventory = bigInventory(2500, 2)
  const rows = buildReviewRows(inventory, 'ticket')
  expect(rows).toHaveLength(7500)
  const translator = await createTranslator('en', true)
  const onActiveChange = vi.fn()
  const props = { rows, onDecide: vi.fn(), label: 'Findings' }
  const ui = (activeId: string | undefined) => (
    <ThemeProvider>
      <I18nProvider translator={translator}>
        <FindingsListbox {...props} activeId={activeId} onActiveChange={onActiveChange} />
      </I18nProvider>
    </ThemeProvider>
  )
  const { rerender } = render(ui(undefined))
  expect(screen.getAllByRole('option', { hidden: true }).length).toBeLessThan(40)
  const user = userEvent.setup()
  screen.getByRole('listbox').focus()
  await user.keyboard('{End}')
  const last = inventory.findings.at(-1)?.id
  expect(onActiveChange).toHaveBeenLastCalledWith(last)
  rerender(ui(last))
  const active = document.getElementById(screen.getByRole('listbox').getAttribute('aria-activedescendant') ?? '')
  expect(active).toHaveAttribute('data-finding-id', last)
  expect(active).toHaveAttribute('aria-posinset', '5000')
  expect(active).toHaveAttribute('aria-setsize', '5000')
  expect(screen.getAllByRole('option', { hidden: true }).length).toBeLessThan(40)
})

import { Suspense } from 'react'
import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { DEMO_REQUEST_TICKET_ID } from '../../../dev/fake-zendesk/index'
import { LOCATION_PANELS } from '../../../src/app/step-registry'
import { renderWithInventory } from './render-inventory'

const OURS = ['this-ticket', 'inventory']

test('the inventory is registered for both sidebars, the this-ticket view for the ticket sidebar only', () => {
  const where = Object.fromEntries(LOCATION_PANELS.filter((p) => OURS.includes(p.id)).map((p) => [p.id, [...p.locations].sort()]))
  expect(where).toEqual({ 'this-ticket': ['ticket_sidebar'], inventory: ['ticket_sidebar', 'user_sidebar'] })
})

test.each(['user_sidebar', 'ticket_sidebar'] as const)('the registered lazy panels load and render in the %s', async (location) => {
  const panels = LOCATION_PANELS.filter((p) => OURS.includes(p.id) && p.locations.includes(location))
  const { t } = await renderWithInventory(
    <>
      {panels.map(({ id, component: Panel }) => (
        <Suspense key={id} fallback={null}>
          <Panel />
        </Suspense>
      ))}
    </>,
    { location, ticketId: DEMO_REQUEST_TICKET_ID },
  )
  expect(await screen.findByRole('heading', { name: t('inventory.title') }, { timeout: 10_000 })).toBeInTheDocument()
  if (location === 'ticket_sidebar') expect(await screen.findByRole('heading', { name: t('thisTicket.title') }, { timeout: 10_000 })).toBeInTheDocument()
  else expect(screen.queryByRole('heading', { name: t('thisTicket.title') })).toBeNull()
})

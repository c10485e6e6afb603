import { screen, within } from '@testing-library/react'
import { DEMO_AGENT_ID, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT, DEMO_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import userEvent from '@testing-library/user-event'
import { renderApp } from '../support/render-app'
import { createTestWorkspace } from '../support/test-workspace'

test('ticket sidebar: the requester is the data subject and the five obligations are listed in order', async () => {
  const { workspace } = await renderApp({ location: 'ticket_sidebar', ticketId: DEMO_REQUEST_TICKET_ID })
  expect(await screen.findByTestId('subject-name')).toHaveTextContent(DEMO_SUBJECT.name)
  expect(screen.getByText(`Requester of ticket #${DEMO_REQUEST_TICKET_ID}`)).toBeInTheDocument()
  const items = within(screen.getByRole('list')).getAllByRole('listitem')
  expect(items.map((item) => item.getAttribute('data-obligation'))).toEqual(['access', 'correction', 'erasure', 'portability', 'objection'])
  expect(screen.getByRole('button', { name: /^Access Not started/ })).toBeInTheDocument()
  // The app sized its iframe and went through client.request with our retry policy in charge.
  expect(workspace.invocations.some(([name]) => name === 'resize')).toBe(true)
  expect(workspace.requests.every((r) => r.autoRetry === false && r.httpCompleteResponse === true)).toBe(true)
  expect(workspace.requests.map((r) => r.url)).toContain(`/api/v2/users/${DEMO_SUBJECT_ID}`)
})

test('user sidebar: the user on screen is the subject, in the agent language (French)', async () => {
  await renderApp({ location: 'user_sidebar', userId: DEMO_SUBJECT_ID, agentId: DEMO_AGENT_ID, locale: 'fr' })
  expect(await screen.findByTestId('subject-name')).toHaveTextContent(DEMO_SUBJECT.name)
  expect(screen.getByText('Personne concernée')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: /^Effacement Non commencé/ })).toBeInTheDocument()
})

test('a failed subject load says why and recovers on retry', async () => {
  const workspace = createTestWorkspace({ location: 'user_sidebar' })
  workspace.fake.failNext({ method: 'GET', path: `/api/v2/users/${DEMO_SUBJECT_ID}`, status: 403, times: 1 })
  const user = userEvent.setup()
  await renderApp({ workspace })
  expect(await screen.findByRole('alert')).toHaveTextContent('Your Zendesk role does not allow this action')
  await user.click(screen.getByRole('button', { name: 'Try again' }))
  expect(await screen.findByTestId('subject-name')).toHaveTextContent(DEMO_SUBJECT.name)
  expect(workspace.fake.writeLog).toEqual([])
})

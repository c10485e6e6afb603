import './workspace.css'
import { createFakeZendesk, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT_ID, type FakeZendesk } from '../fake-zendesk/index'
import { createFakeSell, type FakeSell } from '../fake-sell/index'
import { createAccountView } from './fake-account'
import { startWorkspace, type Workspace } from './workspace'

declare global {
  interface Window {
    /** The running workspace, for e2e tests and the DevTools console. */
    __workspace?: Workspace<FakeZendesk>
    /** The fake Sell API behind `api.getbase.com`, for e2e tests and the console. */
    __fakeSell?: FakeSell
  }
}

// Entry of dev/workspace/index.html. The fake account lives in this page: it survives app reloads (the
// iframe) and is rebuilt only by "Reset account" or a page reload. Rate limiting starts off; the control
// bar turns it on.
const fake = createFakeZendesk({ rateLimit: null })
// The seed's signed-in user (an admin, so every checklist step is possible) until the control bar says otherwise.
const defaultAgentId = fake.actingUserId
const account = createAccountView({ state: fake.state, now: () => fake.now() }, () => ({
  subjectId: DEMO_SUBJECT_ID,
  ticketId: DEMO_REQUEST_TICKET_ID,
  agentId: defaultAgentId,
}))

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id)
  if (!element) throw new Error(`dev/workspace/index.html has no #${id}`)
  return element as T
}

// Chromium strips User-Agent from Requests built in a page; Zendesk's proxy forwards the browser's own.
const sell = createFakeSell({ userAgentFallback: () => navigator.userAgent })
window.__fakeSell = sell

window.__workspace = startWorkspace(fake, account, {
  controlBar: byId<HTMLFormElement>('control-bar'),
  entityPane: byId('entity-pane'),
  sidebar: byId('apps-sidebar'),
  frameSlot: byId('app-frame-slot'),
  apiLog: byId('api-log'),
  toasts: byId('toasts'),
}, { handlers: sell.handlers, reset: () => sell.reset() })

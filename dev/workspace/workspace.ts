import type { AccountUser, AccountView } from './account-view'
import { createApiLog, type ApiLog } from './api-log'
import { mountApiLogPanel } from './api-log-panel'
import { createAppFrame, type AppFrame } from './app-frame'
import { mountControlBar } from './control-bar'
import { mountEntityPane } from './entity-pane'
import { createInstallation, type Installation } from './installation'
import { createRequestBridge, type RequestBridge, type RequestHandlers } from './request-bridge'
import { createToasts, type Toasts } from './toasts'
import { createActionHandler } from './zaf-actions'
import { COLOR_SCHEME_CHANGED_EVENT, ZAF_EVENTS } from './zaf-events'
import { createZafHost, type ProtocolTraceEntry, type ZafHost } from './zaf-host'
import { zafComments } from './zaf-objects'
import { createPropertyResolver } from './zaf-properties'
import {
  createWorkspaceState,
  readSettings,
  toQuery,
  type AgentLocale,
  type ColorScheme,
  type SidebarLocation,
  type WorkspaceSettings,
  type WorkspaceState,
} from './workspace-state'

/**
 * Wires the local Agent Workspace together: the fake account, the request bridge, the ZAF host for the
 * current app frame, and the page's panels. Everything the e2e tests drive goes through the object
 * returned here (exposed as `window.__workspace`).
 */

/** The part of `createFakeZendesk()` the workspace drives directly. */
export interface FakeZendeskHandle {
  handlers: RequestHandlers
  setActingUser(id: number): void
  setRateLimit(perMinute: number | null): void
  reset(): void
}

/** Other fake services beside the fake Zendesk (e.g. dev/fake-sell): handlers for their hosts, reset with the account. */
export interface WorkspaceExtras {
  handlers?: RequestHandlers
  reset?: () => void
}

export interface WorkspaceElements {
  controlBar: HTMLFormElement
  entityPane: HTMLElement
  sidebar: HTMLElement
  frameSlot: HTMLElement
  apiLog: HTMLElement
  toasts: HTMLElement
}

export interface Workspace<Fake extends FakeZendeskHandle = FakeZendeskHandle> {
  fake: Fake
  account: AccountView
  log: ApiLog
  state: WorkspaceState
  installation: Installation
  bridge: RequestBridge
  toasts: Toasts
  /** Every protocol message in and out since the page loaded (newest last, capped). */
  protocol: ProtocolTraceEntry[]
  settings(): WorkspaceSettings
  /** The data subject on screen: the user (user sidebar) or the ticket's requester (ticket sidebar). */
  subject(): AccountUser | undefined
  frame(): AppFrame
  host(): ZafHost
  /** Resolves once the current app frame has handshaken and been registered. */
  whenAppRegistered(): Promise<void>
  reload(): void
  setLocation(location: SidebarLocation, id?: number): void
  setAgent(id: number): void
  setLocale(locale: AgentLocale): void
  setColorScheme(scheme: ColorScheme): void
  setRateLimit(perMinute: number | null): void
  addComment(text?: string): Promise<void>
  submitTicket(): Promise<void>
  resetAccount(): void
}

const MAX_TRACE = 2000
/** Settings whose change means Zendesk would render the app anew (another page, agent or language). */
const RELOADING = new Set<keyof WorkspaceSettings>(['location', 'userId', 'ticketId', 'agentId', 'locale', 'appBase'])
const CANNED_COMMENTS = [
  'Hello, please update my phone number to +33 6 12 34 56 78 and send the invoice to claire.martin@example.org.',
  'Could you confirm what data you hold about me? My customer number is 4471-22.',
  'I moved: new address 12 Rua das Flores, 1200-195 Lisboa. Thanks!',
]

export function startWorkspace<Fake extends FakeZendeskHandle>(fake: Fake, account: AccountView, elements: WorkspaceElements, extras: WorkspaceExtras = {}): Workspace<Fake> {
  const origin = window.location.origin
  const state = createWorkspaceState(readSettings(window.location.search, origin))
  const installation = createInstallation()
  const log = createApiLog()
  const protocol: ProtocolTraceEntry[] = []
  const bridge = createRequestBridge({ handlers: () => [...(extras.handlers ?? []), ...fake.handlers], installation: () => installation, log })
  const toasts = createToasts(elements.toasts)

  const valid = (id: number | null, exists: (id: number) => boolean, fallback: number) => (id !== null && exists(id) ? id : fallback)
  const agentId = () => valid(state.get().agentId, (id) => !!account.user(id), account.defaults().agentId)
  const subjectId = () => valid(state.get().userId, (id) => !!account.user(id), account.defaults().subjectId)
  const ticketId = () => valid(state.get().ticketId, (id) => !!account.ticket(id), account.defaults().ticketId)

  const properties = createPropertyResolver({
    settings: state.get,
    account,
    agentId,
    subjectId,
    ticketId,
    viewport: () => ({ width: window.innerWidth, height: window.innerHeight }),
  })

  let frame!: AppFrame
  let host: ZafHost | undefined
  const currentHost = (): ZafHost => {
    if (!host) throw new Error('The app frame is not loaded yet')
    return host
  }
  let commentCount = 0

  function loadApp(): void {
    host?.dispose()
    const settings = state.get()
    fake.setActingUser(agentId())
    const current = createAppFrame({ appBase: settings.appBase, hostOrigin: origin, colorScheme: settings.colorScheme, title: installation.name })
    frame = current
    // Inserting the element creates its window; the host trusts messages from that window only.
    elements.frameSlot.replaceChildren(current.element)
    const target = current.element.contentWindow
    if (!target) throw new Error('The app iframe has no window')
    host = createZafHost({
      target,
      appOrigin: current.appOrigin,
      appGuid: current.appGuid,
      trace: (entry) => {
        protocol.push(entry)
        if (protocol.length > MAX_TRACE) protocol.splice(0, protocol.length - MAX_TRACE)
      },
      delegate: {
        registration: () => registration(current),
        get: properties.get,
        set: (path, value) => {
          const result = properties.set(path, value)
          if (path.startsWith('comment.')) pane.render()
          return result
        },
        invoke: createActionHandler({ resize: (size) => current.resize(size), notify: (request) => toasts.show(request) }),
        request: (options, hooks) => bridge.handle(options, hooks),
      },
    })
    const registered = host
    void registered.whenRegistered().then(() => {
      // Zendesk activates a sidebar app once it is registered and visible.
      registered.triggerWhenSubscribed(ZAF_EVENTS.appActivated, { firstLoad: true })
      registered.triggerWhenSubscribed(ZAF_EVENTS.paneActivated, true)
    })
  }

  function registration(current: AppFrame) {
    const settings = state.get()
    return {
      context: {
        product: 'support',
        location: settings.location,
        instanceGuid: current.appGuid,
        account: { subdomain: 'demo' },
        ...(settings.location === 'ticket_sidebar' ? { ticketId: ticketId() } : { userId: subjectId() }),
      },
      metadata: {
        appId: installation.appId,
        installationId: installation.installationId,
        name: installation.name,
        version: installation.version,
        settings: { ...installation.settings },
      },
    }
  }

  const pane = mountEntityPane(elements.entityPane, {
    settings: state.get,
    account,
    ticketId,
    subjectId,
    draft: () => properties.draft,
  }, {
    draftChanged: (text) => {
      properties.draft.text = text
    },
    submitTicket: () => void api.submitTicket(),
  })
  const controls = mountControlBar(elements.controlBar, state, account, {
    addComment: () => void api.addComment(),
    reload: () => api.reload(),
    resetAccount: () => api.resetAccount(),
  })
  mountApiLogPanel(elements.apiLog, log)

  let renderQueued = false
  log.subscribe(() => {
    // The app's writes (redactions, deletions…) show in the main pane, once per burst of calls.
    if (renderQueued) return
    renderQueued = true
    requestAnimationFrame(() => {
      renderQueued = false
      pane.render()
      controls.refresh()
    })
  })

  function applyChrome(settings: WorkspaceSettings): void {
    document.documentElement.dataset.colorScheme = settings.colorScheme
    elements.sidebar.classList.toggle('apps-sidebar-wide', settings.wide)
  }

  state.subscribe((settings, changed) => {
    window.history.replaceState(null, '', toQuery(settings, origin))
    applyChrome(settings)
    if (changed.has('rateLimit')) fake.setRateLimit(settings.rateLimit)
    if (changed.has('colorScheme')) currentHost().trigger(COLOR_SCHEME_CHANGED_EVENT, settings.colorScheme)
    if ([...changed].some((key) => RELOADING.has(key))) loadApp()
    pane.render()
  })

  const api: Workspace<Fake> = {
    fake,
    account,
    log,
    state,
    installation,
    bridge,
    toasts,
    protocol,
    settings: state.get,
    subject() {
      if (state.get().location === 'user_sidebar') return account.user(subjectId())
      const requesterId = account.ticket(ticketId())?.requesterId
      return requesterId === null || requesterId === undefined ? undefined : account.user(requesterId)
    },
    frame: () => frame,
    host: currentHost,
    whenAppRegistered: () => currentHost().whenRegistered(),
    reload: loadApp,
    setLocation(location, id) {
      state.update(location === 'ticket_sidebar' ? { location, ...(id ? { ticketId: id } : {}) } : { location, ...(id ? { userId: id } : {}) })
    },
    setAgent: (id) => state.update({ agentId: id }),
    setLocale: (locale) => state.update({ locale }),
    setColorScheme: (scheme) => state.update({ colorScheme: scheme }),
    setRateLimit: (perMinute) => state.update({ rateLimit: perMinute }),
    async addComment(text) {
      if (state.get().location !== 'ticket_sidebar') return
      const body = text ?? CANNED_COMMENTS[commentCount++ % CANNED_COMMENTS.length] ?? 'Hello'
      const added = await account.addComment(ticketId(), agentId(), body)
      pane.render()
      if (added) currentHost().trigger(ZAF_EVENTS.ticketCommentsChanged, zafComments(account, ticketId()))
    },
    async submitTicket() {
      pane.setSubmitStatus('Submitting…')
      const verdict = await currentHost().runSaveHook(ZAF_EVENTS.ticketSave)
      if (!verdict.ok) {
        pane.setSubmitStatus(`Submit cancelled by the app: ${verdict.message}`)
        return
      }
      const text = properties.draft.text.trim()
      properties.draft.text = ''
      if (text) await api.addComment(text)
      pane.setSubmitStatus('Submitted.')
    },
    resetAccount() {
      fake.reset()
      extras.reset?.()
      fake.setRateLimit(state.get().rateLimit)
      log.clear()
      controls.refresh()
      loadApp()
      pane.render()
    },
  }

  fake.setRateLimit(state.get().rateLimit)
  applyChrome(state.get())
  window.history.replaceState(null, '', toQuery(state.get(), origin))
  loadApp()
  pane.render()
  return api
}

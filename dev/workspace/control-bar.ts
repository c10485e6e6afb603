import type { AccountUser, AccountView } from './account-view'
import { LOCALES, type AgentLocale, type WorkspaceSettings, type WorkspaceState } from './workspace-state'

/**
 * The strip of controls above the workspace: where the app is, what is on screen, who the agent is, and
 * the knobs of the fake account. It only edits the workspace state; main.ts decides what a change does
 * (reload the app, send an event…).
 */

export interface ControlBarActions {
  addComment(): void
  reload(): void
  resetAccount(): void
}

export interface ControlBar {
  /** Re-reads the account (users and tickets may have changed) and the state. */
  refresh(): void
}

const RATE_PRESET = 100

export function mountControlBar(form: HTMLFormElement, state: WorkspaceState, account: AccountView, actions: ControlBarActions): ControlBar {
  form.innerHTML = `
    <fieldset class="control control-location">
      <legend>Location</legend>
      <label><input type="radio" name="location" value="ticket_sidebar"> Ticket sidebar</label>
      <label><input type="radio" name="location" value="user_sidebar"> User sidebar</label>
    </fieldset>
    <div class="control" data-when="ticket_sidebar">
      <label for="ctl-ticket">Ticket on screen</label>
      <select id="ctl-ticket" name="ticket"></select>
    </div>
    <div class="control" data-when="user_sidebar">
      <label for="ctl-user">User on screen</label>
      <select id="ctl-user" name="user"></select>
    </div>
    <div class="control">
      <label for="ctl-agent">Signed-in agent</label>
      <span class="control-row">
        <select id="ctl-agent" name="agent"></select>
        <span class="role-badge" id="ctl-agent-role" aria-live="polite"></span>
      </span>
    </div>
    <div class="control">
      <label for="ctl-locale">Agent language</label>
      <select id="ctl-locale" name="locale">${LOCALES.map((l) => `<option value="${l}">${l}</option>`).join('')}</select>
    </div>
    <div class="control">
      <label for="ctl-scheme">Colour scheme</label>
      <select id="ctl-scheme" name="scheme"><option value="light">Light</option><option value="dark">Dark</option></select>
    </div>
    <div class="control">
      <label for="ctl-rate">Rate limit</label>
      <span class="control-row">
        <select id="ctl-rate" name="rate">
          <option value="off">Off</option>
          <option value="${RATE_PRESET}">${RATE_PRESET} per minute</option>
          <option value="custom">Custom…</option>
        </select>
        <input id="ctl-rate-custom" name="rateCustom" type="number" min="1" step="1" aria-label="Requests per minute" size="5">
      </span>
    </div>
    <div class="control control-check">
      <label><input type="checkbox" id="ctl-wide" name="wide"> Wide sidebar</label>
    </div>
    <div class="control control-buttons">
      <button type="button" class="button" data-action="add-comment" data-when="ticket_sidebar">Add a comment to this ticket</button>
      <button type="button" class="button" data-action="reload">Reload app</button>
      <button type="button" class="button button-danger" data-action="reset">Reset account</button>
    </div>`

  const $ = <T extends HTMLElement>(selector: string) => form.querySelector(selector) as T
  const ticketSelect = $<HTMLSelectElement>('#ctl-ticket')
  const userSelect = $<HTMLSelectElement>('#ctl-user')
  const agentSelect = $<HTMLSelectElement>('#ctl-agent')
  const agentRole = $<HTMLElement>('#ctl-agent-role')
  const localeSelect = $<HTMLSelectElement>('#ctl-locale')
  const schemeSelect = $<HTMLSelectElement>('#ctl-scheme')
  const rateSelect = $<HTMLSelectElement>('#ctl-rate')
  const rateCustom = $<HTMLInputElement>('#ctl-rate-custom')
  const wide = $<HTMLInputElement>('#ctl-wide')

  form.addEventListener('submit', (event) => event.preventDefault())
  form.querySelectorAll<HTMLInputElement>('input[name="location"]').forEach((radio) =>
    radio.addEventListener('change', () => state.update({ location: radio.value === 'user_sidebar' ? 'user_sidebar' : 'ticket_sidebar' })),
  )
  ticketSelect.addEventListener('change', () => state.update({ ticketId: Number(ticketSelect.value) }))
  userSelect.addEventListener('change', () => state.update({ userId: Number(userSelect.value) }))
  agentSelect.addEventListener('change', () => state.update({ agentId: Number(agentSelect.value) }))
  localeSelect.addEventListener('change', () => state.update({ locale: localeSelect.value as AgentLocale }))
  schemeSelect.addEventListener('change', () => state.update({ colorScheme: schemeSelect.value === 'dark' ? 'dark' : 'light' }))
  wide.addEventListener('change', () => state.update({ wide: wide.checked }))
  const applyRate = () => {
    if (rateSelect.value === 'off') state.update({ rateLimit: null })
    else if (rateSelect.value === 'custom') {
      rateCustom.hidden = false
      const value = Number(rateCustom.value)
      if (Number.isInteger(value) && value > 0) state.update({ rateLimit: value })
    } else state.update({ rateLimit: Number(rateSelect.value) })
  }
  rateSelect.addEventListener('change', () => {
    if (rateSelect.value === 'custom' && !rateCustom.value) rateCustom.value = String(state.get().rateLimit ?? 10)
    applyRate()
    if (rateSelect.value === 'custom') rateCustom.focus()
  })
  rateCustom.addEventListener('change', applyRate)
  form.querySelector('[data-action="add-comment"]')?.addEventListener('click', () => actions.addComment())
  form.querySelector('[data-action="reload"]')?.addEventListener('click', () => actions.reload())
  form.querySelector('[data-action="reset"]')?.addEventListener('click', () => actions.resetAccount())

  function refresh(): void {
    const settings = state.get()
    const defaults = account.defaults()
    const users = account.users()
    fillOptions(ticketSelect, account.tickets().map((t) => [t.id, `#${t.id} ${t.subject} (${t.status})`]), settings.ticketId ?? defaults.ticketId)
    fillOptions(userSelect, users.map((u) => [u.id, `${u.name}${u.email ? ` <${u.email}>` : ''} — ${u.roleLabel}`]), settings.userId ?? defaults.subjectId)
    const agents = users.filter(isStaff)
    const agentId = settings.agentId ?? defaults.agentId
    fillOptions(agentSelect, agents.map((u) => [u.id, `${u.name} (${u.roleLabel})`]), agentId)
    agentRole.textContent = account.user(agentId)?.roleLabel ?? ''
    localeSelect.value = settings.locale
    schemeSelect.value = settings.colorScheme
    wide.checked = settings.wide
    syncRate(settings)
    form.querySelectorAll<HTMLInputElement>('input[name="location"]').forEach((radio) => {
      radio.checked = radio.value === settings.location
    })
    form.querySelectorAll<HTMLElement>('[data-when]').forEach((element) => {
      element.hidden = element.dataset.when !== settings.location
    })
  }

  function syncRate(settings: WorkspaceSettings): void {
    if (settings.rateLimit === null) rateSelect.value = 'off'
    else if (settings.rateLimit === RATE_PRESET) rateSelect.value = String(RATE_PRESET)
    else {
      rateSelect.value = 'custom'
      rateCustom.value = String(settings.rateLimit)
    }
    rateCustom.hidden = rateSelect.value !== 'custom'
  }

  state.subscribe(refresh)
  refresh()
  return { refresh }
}

function isStaff(user: AccountUser): boolean {
  return user.role === 'agent' || user.role === 'admin'
}

const renderedOptions = new WeakMap<HTMLSelectElement, string>()

function fillOptions(select: HTMLSelectElement, options: [number, string][], selected: number): void {
  // Rebuilding an unchanged list would close a dropdown the agent has open.
  const wanted = options.map(([id, label]) => `${id}\u0000${label}`).join('\u0001')
  if (renderedOptions.get(select) !== wanted) {
    select.replaceChildren(
      ...options.map(([id, label]) => {
        const option = document.createElement('option')
        option.value = String(id)
        option.textContent = label
        return option
      }),
    )
    renderedOptions.set(select, wanted)
  }
  select.value = String(selected)
}

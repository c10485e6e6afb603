import type { ApiLog, ApiLogEntry } from './api-log'

/** Renders the app's API calls, newest first: method, path, status, duration. */
export function mountApiLogPanel(container: HTMLElement, log: ApiLog): void {
  container.innerHTML = `
    <div class="panel-header">
      <h2 id="api-log-title">API calls made by the app</h2>
      <span class="api-log-count" aria-live="polite"></span>
      <button type="button" class="button button-small" data-action="clear-log">Clear</button>
    </div>
    <div class="api-log-scroll">
      <table class="api-log-table" aria-labelledby="api-log-title">
        <thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Status</th><th scope="col">Duration</th></tr></thead>
        <tbody></tbody>
      </table>
      <p class="api-log-empty">No calls yet.</p>
    </div>`
  const body = container.querySelector('tbody') as HTMLTableSectionElement
  const count = container.querySelector('.api-log-count') as HTMLElement
  const empty = container.querySelector('.api-log-empty') as HTMLElement
  container.querySelector('[data-action="clear-log"]')?.addEventListener('click', () => log.clear())

  const render = () => {
    const entries = log.entries()
    body.replaceChildren(...entries.map(row))
    count.textContent = `${entries.length} call${entries.length === 1 ? '' : 's'}`
    empty.hidden = entries.length > 0
  }
  log.subscribe(render)
  render()
}

function row(entry: ApiLogEntry): HTMLTableRowElement {
  const tr = document.createElement('tr')
  tr.className = `api-log-row status-${statusClass(entry.status)}`
  tr.dataset.method = entry.method
  tr.dataset.status = String(entry.status)
  const cells = [
    entry.method,
    entry.path,
    `${entry.status || '—'} ${entry.statusText}`.trim() + noteOf(entry),
    `${entry.durationMs} ms`,
  ]
  for (const [index, text] of cells.entries()) {
    const td = document.createElement('td')
    td.textContent = text
    if (index === 1) {
      td.className = 'api-log-path'
      td.title = entry.url
    }
    tr.append(td)
  }
  return tr
}

function noteOf(entry: ApiLogEntry): string {
  const notes = [
    entry.retryAfterSeconds !== undefined ? `host retries in ${entry.retryAfterSeconds}s` : '',
    entry.secure ? 'secure' : '',
    entry.note ?? '',
  ].filter(Boolean)
  return notes.length ? ` (${notes.join(', ')})` : ''
}

function statusClass(status: number): string {
  if (status === 429) return 'limited'
  if (status >= 200 && status < 400) return 'ok'
  if (status >= 400 && status < 500) return 'client-error'
  return 'server-error'
}

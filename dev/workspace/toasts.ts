import type { NotifyRequest } from './zaf-actions'

/**
 * Where `client.invoke('notify', …)` lands: a toast in the top-right of the workspace, as in Zendesk.
 * Errors are announced assertively, the rest politely.
 */

export interface ShownToast extends NotifyRequest {
  at: number
}

export interface Toasts {
  show(request: NotifyRequest): void
  /** Every notify since the page loaded (e2e tests read this). */
  history(): readonly ShownToast[]
}

export function createToasts(container: HTMLElement): Toasts {
  const history: ShownToast[] = []
  return {
    show(request) {
      history.push({ ...request, at: Date.now() })
      const toast = document.createElement('div')
      toast.className = `toast toast-${request.kind}`
      toast.setAttribute('role', request.kind === 'error' || request.kind === 'alert' ? 'alert' : 'status')
      const text = document.createElement('span')
      text.textContent = request.message
      const close = document.createElement('button')
      close.type = 'button'
      close.className = 'toast-close'
      close.setAttribute('aria-label', 'Dismiss notification')
      close.textContent = '×'
      close.addEventListener('click', () => toast.remove())
      toast.append(text, close)
      container.append(toast)
      if (request.durationMs !== undefined) setTimeout(() => toast.remove(), request.durationMs)
    },
    history: () => history,
  }
}

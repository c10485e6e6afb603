import type { AccountView } from './account-view'
import type { CommentDraft } from './zaf-properties'
import type { WorkspaceSettings } from './workspace-state'

/**
 * The main area, left of the sidebar: the ticket (conversation, composer, submit) or the user profile on
 * screen, read straight from the fake account so the agent sees what the app's API calls changed.
 */

export interface EntityPaneSource {
  settings(): WorkspaceSettings
  account: AccountView
  ticketId(): number
  subjectId(): number
  draft(): CommentDraft
}

export interface EntityPaneActions {
  submitTicket(): void
  draftChanged(text: string): void
}

export interface EntityPane {
  render(): void
  /** Shows the outcome of a submit (the app's `ticket.save` hook may cancel it). */
  setSubmitStatus(text: string): void
}

export function mountEntityPane(container: HTMLElement, source: EntityPaneSource, actions: EntityPaneActions): EntityPane {
  let submitStatus = ''

  function renderTicket(): void {
    const ticket = source.account.ticket(source.ticketId())
    if (!ticket) {
      container.replaceChildren(paragraph('This ticket no longer exists in the fake account (deleted?). Pick another one.'))
      return
    }
    const requester = ticket.requesterId === null ? undefined : source.account.user(ticket.requesterId)
    const header = element('header', 'entity-header')
    header.append(
      element('h1', 'entity-title', `#${ticket.id} ${ticket.subject}`),
      element('p', 'entity-meta', `${ticket.status} · requester ${requester ? `${requester.name}${requester.email ? ` <${requester.email}>` : ''}` : 'none'}`),
    )
    const conversation = element('ol', 'conversation')
    conversation.setAttribute('aria-label', 'Conversation')
    for (const comment of source.account.comments(ticket.id)) {
      const author = source.account.user(comment.authorId)
      const item = element('li', `comment${comment.public ? '' : ' comment-internal'}`)
      item.append(
        element('p', 'comment-meta', `${author?.name ?? `user ${comment.authorId}`} · ${comment.createdAt}${comment.public ? '' : ' · internal note'}`),
        element('p', 'comment-body', comment.body),
      )
      if (comment.attachments.length) item.append(element('p', 'comment-attachments', `📎 ${comment.attachments.map((a) => a.fileName).join(', ')}`))
      conversation.append(item)
    }
    const composer = element('div', 'composer')
    const label = element('label', '', 'Reply')
    label.setAttribute('for', 'composer-text')
    const textarea = document.createElement('textarea')
    textarea.id = 'composer-text'
    textarea.rows = 3
    textarea.value = source.draft().text
    textarea.addEventListener('input', () => actions.draftChanged(textarea.value))
    const submit = element('button', 'button button-primary', 'Submit') as HTMLButtonElement
    submit.type = 'button'
    submit.addEventListener('click', () => actions.submitTicket())
    const status = element('span', 'submit-status', submitStatus)
    status.setAttribute('role', 'status')
    composer.append(label, textarea, submit, status)
    container.replaceChildren(header, conversation, composer)
  }

  function renderUser(): void {
    const user = source.account.user(source.subjectId())
    if (!user) {
      container.replaceChildren(paragraph('This user no longer exists in the fake account (deleted?). Pick another one.'))
      return
    }
    const header = element('header', 'entity-header')
    header.append(element('h1', 'entity-title', user.name), element('p', 'entity-meta', `${user.roleLabel} · ${user.email ?? 'no email'} · ${user.locale}`))
    const facts = element('dl', 'user-facts')
    const fact = (term: string, value: string) => facts.append(element('dt', '', term), element('dd', '', value || '—'))
    fact('User id', String(user.id))
    fact('Tags', user.tags.join(', '))
    fact('Details', user.details)
    fact('Notes', user.notes)
    const requested = source.account.tickets().filter((t) => t.requesterId === user.id)
    const list = element('ul', 'user-tickets')
    list.setAttribute('aria-label', 'Requested tickets')
    for (const ticket of requested.slice(0, 30)) list.append(element('li', '', `#${ticket.id} ${ticket.subject} (${ticket.status})`))
    container.replaceChildren(header, facts, element('h2', 'entity-subtitle', `Requested tickets (${requested.length})`), list)
  }

  const pane: EntityPane = {
    render() {
      // Keep the caret where the agent is typing: don't rebuild the composer under their fingers.
      if (container.contains(document.activeElement) && document.activeElement?.id === 'composer-text') return
      if (source.settings().location === 'ticket_sidebar') renderTicket()
      else renderUser()
    },
    setSubmitStatus(text) {
      submitStatus = text
      const status = container.querySelector('.submit-status')
      if (status) status.textContent = text
    },
  }
  return pane
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function paragraph(text: string): HTMLElement {
  return element('p', 'entity-empty', text)
}

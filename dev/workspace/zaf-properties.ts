import type { AccountView } from './account-view'
import type { WorkspaceSettings } from './workspace-state'
import type { PropertyResult } from './zaf-host'
import { zafTicket, zafUser } from './zaf-objects'

/**
 * Answers `client.get(path)` / `client.set(path, value)` from what is on screen, like the Agent Workspace:
 * `ticket.*` exists only in the ticket sidebar, `user.*` only in the user sidebar, and an unknown path
 * lands in `errors[path]` (which makes a single-path `get` reject in the SDK).
 */

export interface PropertySource {
  settings(): WorkspaceSettings
  account: AccountView
  agentId(): number
  subjectId(): number
  ticketId(): number
  viewport(): { width: number; height: number }
}

export interface CommentDraft {
  text: string
  type: 'publicReply' | 'internalNote'
}

export interface PropertyResolver {
  get(path: string): PropertyResult
  set(path: string, value: unknown): PropertyResult
  readonly draft: CommentDraft
}

export function createPropertyResolver(source: PropertySource): PropertyResolver {
  const draft: CommentDraft = { text: '', type: 'publicReply' }
  const inLocation = (location: WorkspaceSettings['location']) => source.settings().location === location

  const roots: Record<string, () => unknown> = {
    currentUser: () => {
      const agent = source.account.user(source.agentId())
      return agent ? zafUser(agent, source.settings().locale) : undefined
    },
    currentAccount: () => ({ subdomain: 'demo', planName: 'enterprise', timeZone: { name: 'UTC', ianaName: 'Etc/UTC' } }),
    colorScheme: () => source.settings().colorScheme,
    viewport: () => ({ size: source.viewport() }),
    ticket: () => {
      if (!inLocation('ticket_sidebar')) return unavailable
      const ticket = source.account.ticket(source.ticketId())
      return ticket ? zafTicket(source.account, ticket) : undefined
    },
    comment: () => (inLocation('ticket_sidebar') ? { ...draft } : unavailable),
    user: () => {
      if (!inLocation('user_sidebar')) return unavailable
      const user = source.account.user(source.subjectId())
      return user ? zafUser(user) : undefined
    },
  }

  function get(path: string): PropertyResult {
    const [root = '', ...rest] = path.split('.')
    const build = roots[root]
    if (!build) return notFound(path)
    let value = build()
    if (value === unavailable) {
      return { error: { name: 'InvalidPathError', message: `is not available in ${source.settings().location}`, path } }
    }
    for (const key of rest) {
      if (value === null || typeof value !== 'object' || !(key in value)) return notFound(path)
      value = (value as Record<string, unknown>)[key]
    }
    return value === undefined ? notFound(path) : { value }
  }

  function set(path: string, value: unknown): PropertyResult {
    if (!inLocation('ticket_sidebar')) return { error: { name: 'InvalidPathError', message: 'cannot be set here', path } }
    if (path === 'comment.text') {
      draft.text = String(value ?? '')
      return { value: draft.text }
    }
    if (path === 'comment.type' && (value === 'publicReply' || value === 'internalNote')) {
      draft.type = value
      return { value }
    }
    return { error: { name: 'InvalidPathError', message: 'cannot be set in the local workspace', path } }
  }

  return { get, set, draft }
}

const unavailable = Symbol('unavailable in this location')

function notFound(path: string): PropertyResult {
  return { error: { name: 'InvalidPathError', message: 'is not a valid path', path } }
}

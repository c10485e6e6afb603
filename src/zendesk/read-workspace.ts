import type { AppLocation, ZafClient } from './zaf-client'

function numeric(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined
}

/**
 * The data subject's user id: the user on screen in the user sidebar, the ticket's requester in the
 * ticket sidebar. Returns undefined for a new ticket that has no requester yet.
 */
export async function readSubjectId(client: ZafClient, location: AppLocation): Promise<number | undefined> {
  const path = location === 'user_sidebar' ? 'user.id' : 'ticket.requester.id'
  const result = await client.get(path)
  return numeric(result[path])
}

export async function readTicketId(client: ZafClient): Promise<number | undefined> {
  const result = await client.get('ticket.id')
  return numeric(result['ticket.id'])
}

/** The agent's Zendesk locale (`currentUser.locale`), e.g. `pt-BR`. */
export async function readAgentLocale(client: ZafClient): Promise<string | undefined> {
  const result = await client.get('currentUser.locale')
  const value = result['currentUser.locale']
  return typeof value === 'string' ? value : undefined
}

/** The event that tells us the subject changed under us (requester edited on the ticket). */
export function subjectChangeEvent(location: AppLocation): string | undefined {
  return location === 'ticket_sidebar' ? 'ticket.requester.id.changed' : undefined
}

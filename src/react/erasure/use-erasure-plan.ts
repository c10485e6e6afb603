import { useMemo } from 'react'
import type { JournalSelections } from '../../core/erasure/erasure-journal'
import type { AgentPermissions, ErasurePlan, SubjectProfile } from '../../core/erasure/erasure-types'
import { optionsFromSelections } from '../../core/erasure/options-from-selections'
import { planErasure } from '../../core/erasure/plan-erasure'
import type { Inventory } from '../../core/inventory/inventory-types'
import type { ZendeskUser } from '../../zendesk/schemas/user-schemas'
import { loadRequestedTickets } from '../../zendesk/erasure/load-requested-tickets'
import { useServices } from '../services-context'
import { useAsync } from '../use-async'
import { useCommentSnapshots } from './use-comment-snapshots'

export function toSubjectProfile(user: ZendeskUser): SubjectProfile {
  return { id: user.id, role: user.role, roleType: user.role_type ?? null, active: user.active !== false, shared: user.shared === true }
}

/** Tickets whose comments the plan needs now: those with selected comment findings or selected files. */
function ticketsToLoad(inventory: Inventory | undefined, selections: JournalSelections): number[] {
  if (!inventory) return []
  const wanted = selections.findingIds ? new Set(selections.findingIds) : undefined
  const scope = selections.onlyTicketIds ? new Set(selections.onlyTicketIds) : undefined
  const files = new Set(selections.selectedAttachmentIds)
  const live = new Set(inventory.tickets.filter((t) => t.status !== 'deleted' && (!scope || scope.has(t.id))).map((t) => t.id))
  const ids = inventory.findings
    .filter((f) => f.location === 'comment' && f.ticketId !== undefined && (wanted ? wanted.has(f.id) : f.review === 'confirmed'))
    .map((f) => f.ticketId as number)
  for (const t of inventory.tickets) if (t.attachments.some((a) => files.has(a.id))) ids.push(t.id)
  return ids.filter((id) => live.has(id))
}

/**
 * The erasure plan for the agent's current selections: loads the comments it redacts (for the exact markup
 * and preview), then plans. Recomputed whenever a selection changes; nothing is sent.
 */
export function useErasurePlan(input: {
  inventory: Inventory | undefined
  selections: JournalSelections
  permissions: AgentPermissions | undefined
  subject: ZendeskUser
  requestTicketId?: number
}): { plan: ErasurePlan | undefined; status: 'idle' | 'loading' | 'ready' | 'error'; error: unknown; reload: () => void; failedTicketIds: number[] } {
  const { agent, api } = useServices()
  const { inventory, selections, permissions, subject, requestTicketId } = input
  const snapshots = useCommentSnapshots(ticketsToLoad(inventory, selections))
  // The user's deletion preflight reads the subject's requests live: the inventory may not hold them all.
  const wantsRequested = !!inventory && selections.deleteUser && !selections.onlyTicketIds
  const requested = useAsync((signal) => (wantsRequested ? loadRequestedTickets(api, subject.id, signal) : Promise.resolve(undefined)), [api, subject.id, wantsRequested])
  const plan = useMemo(() => {
    if (!inventory || !permissions || snapshots.status !== 'ready' || requested.status === 'loading') return undefined
    return planErasure(
      inventory,
      optionsFromSelections(selections, {
        permissions,
        agentId: agent.id,
        subject: toSubjectProfile(subject),
        comments: snapshots.value.snapshots,
        ...(requestTicketId !== undefined ? { requestTicketId } : {}),
        // Unreadable (a 403 for a light agent…): the preflight then falls back to the inventory's tickets.
        ...(requested.status === 'ready' && requested.value ? { requestedTickets: requested.value } : {}),
      }),
    )
  }, [inventory, permissions, snapshots, requested, selections, agent.id, subject, requestTicketId])
  const status = !inventory ? 'idle' : snapshots.status === 'ready' ? (plan ? 'ready' : 'loading') : snapshots.status
  return {
    plan,
    status,
    error: snapshots.status === 'error' ? snapshots.error : null,
    reload: () => {
      snapshots.reload()
      requested.reload()
    },
    failedTicketIds: snapshots.status === 'ready' ? snapshots.value.failedTicketIds : [],
  }
}

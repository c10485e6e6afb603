import { useMemo } from 'react'
import { parsePurposes, summarizeAccess, type AccessSummary } from '../../core/export/access-summary'
import { useAsync, type AsyncState } from '../../react/use-async'
import { useInventoryResult } from '../../react/inventory-context'
import { useServices } from '../../react/services-context'
import { useLoadedSubject } from '../../react/subject-context'

/**
 * The access summary from the loaded subject, their organisations and the inventory (when built).
 * Organisations are read once; the summary itself is recomputed as the inventory scan progresses.
 */
export function useAccessSummary(): AsyncState<AccessSummary> & { reload: () => void } {
  const { api, settings } = useServices()
  const { subject } = useLoadedSubject()
  const inventory = useInventoryResult() ?? null
  const organizations = useAsync(
    async (signal) => {
      const memberships = await api.organizations.listUserMemberships(subject.user.id, signal)
      const ids = [...new Set(memberships.map((m) => m.organization_id))]
      const found = ids.length > 0 ? await api.organizations.showMany(ids, signal) : []
      return { memberships, names: new Map(found.map((o) => [o.id, o.name])) }
    },
    [api, subject.user.id],
  )
  const ready = organizations.status === 'ready' ? organizations.value : null
  const summary = useMemo(
    () =>
      ready &&
      summarizeAccess({
        user: subject.user,
        identities: subject.identities,
        memberships: ready.memberships,
        organizationNames: ready.names,
        inventory,
        purposes: parsePurposes(settings.processing_purposes),
      }),
    [ready, subject, inventory, settings.processing_purposes],
  )
  if (organizations.status !== 'ready' || !summary) return organizations.status === 'error' ? organizations : { status: 'loading', reload: organizations.reload }
  return { status: 'ready', value: summary, reload: organizations.reload }
}

import { parsePurposes, summarizeAccess, type AccessSummary } from '../../core/export/access-summary'
import { useAsync } from '../../react/use-async'
import { useInventorySnapshot } from '../../react/inventory-snapshot'
import { useServices } from '../../react/services-context'
import { useLoadedSubject } from '../../react/subject-context'

/** The access summary from the loaded subject, their organisations and the inventory (when built). */
export function useAccessSummary() {
  const { api, settings } = useServices()
  const { subject } = useLoadedSubject()
  const inventory = useInventorySnapshot()
  return useAsync<AccessSummary>(
    async (signal) => {
      const memberships = await api.organizations.listUserMemberships(subject.user.id, signal)
      const ids = [...new Set(memberships.map((m) => m.organization_id))]
      const organizations = ids.length > 0 ? await api.organizations.showMany(ids, signal) : []
      return summarizeAccess({
        user: subject.user,
        identities: subject.identities,
        memberships,
        organizationNames: new Map(organizations.map((o) => [o.id, o.name])),
        inventory,
        purposes: parsePurposes(settings.processing_purposes),
      })
    },
    [api, subject, inventory, settings.processing_purposes],
  )
}

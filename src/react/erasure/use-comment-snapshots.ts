import type { SnapshotLoad } from '../../zendesk/erasure/load-comment-snapshots'
import { loadCommentSnapshots } from '../../zendesk/erasure/load-comment-snapshots'
import { useServices } from '../services-context'
import { useAsync } from '../use-async'

/**
 * The current comments of the tickets the plan redacts (for the `<redact>` markup and the exact preview).
 * Memory only. `ticketKey` is the sorted id list joined, so the load reruns only when the tickets change.
 */
export function useCommentSnapshots(ticketIds: readonly number[]) {
  const { api } = useServices()
  const ticketKey = [...new Set(ticketIds)].sort((a, b) => a - b).join(',')
  return useAsync<SnapshotLoad>(
    (signal) => loadCommentSnapshots(api, ticketKey ? ticketKey.split(',').map(Number) : [], signal),
    [api, ticketKey],
  )
}

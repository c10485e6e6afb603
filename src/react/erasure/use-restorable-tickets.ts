import { findRestorableTickets } from '../../zendesk/erasure/find-restorable-tickets'
import { movedToDeletedStore } from '../erasure-journal-storage'
import { useServices } from '../services-context'
import { useAsync } from '../use-async'

/** Tickets the app moved to deleted for this subject that are still restorable (checked against Zendesk). */
export function useRestorableTickets(subjectUserId: number) {
  const { api } = useServices()
  return useAsync<number[]>((signal) => findRestorableTickets(api, movedToDeletedStore.load(subjectUserId), signal), [api, subjectUserId])
}

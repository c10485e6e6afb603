import { useMemo } from 'react'
import { sellLookupTerms } from '../../core/sell/sell-lookup-terms'
import type { SellSubjectData } from '../../core/sell/sell-types'
import { loadSellSubject } from '../../zendesk/sell/load-sell-subject'
import { useLoadedSubject } from '../subject-context'
import { useAsync } from '../use-async'
import { useSellApi } from './use-sell-api'

export type SellSubjectState = ({ status: 'not_connected' } | { status: 'loading' } | { status: 'ready'; data: SellSubjectData } | { status: 'error'; error: unknown }) & {
  reload: () => void
}

/**
 * The subject's Sell contacts and leads with their related items, loaded on its own: a Sell failure
 * shows in the Sell section only and never blocks what the Support side loads.
 */
export function useSellSubject(): SellSubjectState {
  const api = useSellApi()
  const { subject } = useLoadedSubject()
  const terms = useMemo(() => sellLookupTerms({ user: subject.user, identities: subject.identities }), [subject])
  const state = useAsync<SellSubjectData | null>((signal) => (api ? loadSellSubject(api, terms, signal) : Promise.resolve(null)), [api, terms])
  if (!api) return { status: 'not_connected', reload: state.reload }
  if (state.status === 'ready') return state.value ? { status: 'ready', data: state.value, reload: state.reload } : { status: 'loading', reload: state.reload }
  return state
}

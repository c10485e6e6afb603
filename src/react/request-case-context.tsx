import { createContext, useContext, type ReactNode } from 'react'
import { useRequestCaseState, type RequestCaseState } from './use-request-case'

const RequestCaseContext = createContext<RequestCaseState | null>(null)

/** Holds the one request case the panel, the checklist and every step share. */
export function RequestCaseProvider({ children }: { children: ReactNode }) {
  const state = useRequestCaseState()
  return <RequestCaseContext.Provider value={state}>{children}</RequestCaseContext.Provider>
}

/** The request case: read it, save a change, record an obligation's progress and evidence. */
export function useRequestCase(): RequestCaseState {
  const value = useContext(RequestCaseContext)
  if (!value) throw new Error('useRequestCase() must be used within <RequestCaseProvider>')
  return value
}

/** For components that also render outside a case (a standalone erasure panel): null there. */
export function useOptionalRequestCase(): RequestCaseState | null {
  return useContext(RequestCaseContext)
}

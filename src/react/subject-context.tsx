import { createContext, useContext, type ReactNode } from 'react'
import type { Subject } from './use-subject'

interface SubjectContextValue {
  subject: Subject
  /** Re-reads the subject from Zendesk (after a correction, a suspension, a deletion…). */
  reload: () => void
}

const SubjectContext = createContext<SubjectContextValue | null>(null)

export function SubjectProvider({ value, children }: { value: SubjectContextValue; children: ReactNode }) {
  return <SubjectContext.Provider value={value}>{children}</SubjectContext.Provider>
}

/** The data subject loaded once by the sidebar; steps and panels read it from here. */
export function useLoadedSubject(): SubjectContextValue {
  const value = useContext(SubjectContext)
  if (!value) throw new Error('useLoadedSubject() must be used below the sidebar once the subject is loaded')
  return value
}

import { useCallback } from 'react'
import { buildEvidence } from '../../core/case/case-evidence'
import type { EvidenceOperation } from '../../core/evidence/evidence-types'
import { useRequestCase } from '../../react/request-case-context'
import { useServices } from '../../react/services-context'

/**
 * Records one verified correction in the request's evidence (ids, field names and outcomes only, never
 * the values) and moves the obligation to "in progress" unless an agent already marked it done.
 */
export function useCorrectionRecord(subjectId: number) {
  const { agent } = useServices()
  const requestCase = useRequestCase()
  return useCallback(
    (action: string, startedAt: string, operations: EvidenceOperation[], notes?: Record<string, string | number | boolean>) => {
      const evidence = buildEvidence({
        obligation: 'correction',
        subjectUserId: subjectId,
        ...(requestCase.ticketId !== null ? { requestTicketId: requestCase.ticketId } : {}),
        actor: { userId: agent.id, role: agent.role },
        startedAt,
        finishedAt: new Date().toISOString(),
        operations,
        ...(notes ? { notes } : {}),
      })
      const status = requestCase.checklist.correction === 'done' ? 'done' : 'in_progress'
      return requestCase.save({ obligations: { correction: status } }, { action, obligation: 'correction', evidence })
    },
    [agent.id, agent.role, requestCase, subjectId],
  )
}

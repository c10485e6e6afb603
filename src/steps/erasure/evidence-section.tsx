import { useEffect, useMemo, useRef } from 'react'
import { MD, SM } from '@zendeskgarden/react-typography'
import { buildErasureEvidence } from '../../core/erasure/build-erasure-evidence'
import type { ErasureJournal } from '../../core/erasure/erasure-journal'
import { useI18n } from '../../i18n/i18n-context'
import { EvidenceActions } from '../../components/erasure/evidence-actions'
import { NotReachedList } from '../../components/erasure/not-reached-list'
import { useOptionalRequestCase } from '../../react/request-case-context'

/** The evidence record of the run (finished or stopped): no personal data, downloadable, optionally a note. */
export function EvidenceSection({ journal, noteTicketId, onNoteAdded }: { journal: ErasureJournal; noteTicketId: number | undefined; onNoteAdded: () => void }) {
  const { t } = useI18n()
  const evidence = useMemo(() => buildErasureEvidence({ journal, now: journal.finishedAt ?? journal.updatedAt }), [journal])
  useRecordOnCase(journal, evidence)
  return (
    <section aria-labelledby="erasure-evidence-title" style={{ display: 'grid', gap: 6 }}>
      <MD isBold id="erasure-evidence-title" tag="h3">
        {t('evidence.title')}
      </MD>
      <SM>{t('evidence.intro')}</SM>
      <EvidenceActions evidence={evidence} noteTicketId={noteTicketId} noteAdded={journal.evidenceNoteAdded === true} onNoteAdded={onNoteAdded} />
      <NotReachedList codes={evidence.notReached} />
    </section>
  )
}

/**
 * Puts the run's outcome on the request case once (the checklist shows erasure as done only when every
 * operation was verified), with the evidence in the case note, so the next agent sees the same progress.
 */
function useRecordOnCase(journal: ErasureJournal, evidence: ReturnType<typeof buildErasureEvidence>) {
  const requestCase = useOptionalRequestCase()
  const recorded = useRef<string | null>(null)
  const runKey = journal.finishedAt ?? null
  useEffect(() => {
    if (!requestCase || !runKey || recorded.current === runKey || requestCase.status !== 'ready' || requestCase.readOnly) return
    recorded.current = runKey
    const verified = journal.status === 'finished' && evidence.operations.every((op) => op.outcome === 'done' || op.outcome === 'skipped')
    void requestCase.save({ obligations: { erasure: verified ? 'done' : 'in_progress' } }, { action: 'obligation_done', obligation: 'erasure', evidence })
  }, [runKey, journal.status, evidence, requestCase])
}

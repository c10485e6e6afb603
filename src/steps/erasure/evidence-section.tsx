import { useMemo } from 'react'
import { MD, SM } from '@zendeskgarden/react-typography'
import { buildErasureEvidence } from '../../core/erasure/build-erasure-evidence'
import type { ErasureJournal } from '../../core/erasure/erasure-journal'
import { useI18n } from '../../i18n/i18n-context'
import { EvidenceActions } from '../../components/erasure/evidence-actions'
import { NotReachedList } from '../../components/erasure/not-reached-list'

/** The evidence record of the run (finished or stopped): no personal data, downloadable, optionally a note. */
export function EvidenceSection({ journal, noteTicketId, onNoteAdded }: { journal: ErasureJournal; noteTicketId: number | undefined; onNoteAdded: () => void }) {
  const { t } = useI18n()
  const evidence = useMemo(() => buildErasureEvidence({ journal, now: journal.finishedAt ?? journal.updatedAt }), [journal])
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

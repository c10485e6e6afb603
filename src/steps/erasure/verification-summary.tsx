import { SM } from '@zendeskgarden/react-typography'
import type { ErasureJournal } from '../../core/erasure/erasure-journal'
import { useI18n } from '../../i18n/i18n-context'

/** How much of the run Zendesk confirmed on re-reading, and the compliance deletion statuses once the user is gone. */
export function VerificationSummary({ journal }: { journal: ErasureJournal }) {
  const { t } = useI18n()
  const done = journal.entries.filter((e) => e.state === 'done')
  const verified = done.filter((e) => e.verification?.passed)
  return (
    <div style={{ display: 'grid', gap: 2 }} data-testid="verification-summary">
      <SM>{t('erasure.run.verifiedCount', { verified: verified.length, done: done.length })}</SM>
      {journal.complianceStatuses && journal.complianceStatuses.length > 0 && (
        <SM data-testid="compliance-statuses">
          {t('erasure.run.compliance', { statuses: journal.complianceStatuses.map((s) => `${s.application}: ${s.action}`).join(', ') })}
        </SM>
      )}
    </div>
  )
}

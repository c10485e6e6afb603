import { useMemo } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { buildErasureEvidence } from '../../core/erasure/build-erasure-evidence'
import { hasWorkLeft } from '../../core/erasure/erasure-journal'
import { useI18n } from '../../i18n/i18n-context'
import type { ErasureRunState } from '../../react/erasure/use-erasure-run'
import { ApiErrorMessage } from '../../components/api-error-message'
import { EvidenceActions } from '../../components/erasure/evidence-actions'
import { OutcomeList } from '../../components/erasure/outcome-list'
import { RunProgress } from '../../components/erasure/run-progress'

/** A quick action running or done: progress, per-item outcome and verification, evidence, then "done". */
export function QuickRunView({ run }: { run: ErasureRunState }) {
  const { t } = useI18n()
  const journal = run.journal
  const evidence = useMemo(() => (journal ? buildErasureEvidence({ journal, now: journal.finishedAt ?? journal.updatedAt }) : undefined), [journal])
  if (!journal) return null
  const workLeft = hasWorkLeft(journal)
  return (
    <div style={{ display: 'grid', gap: 8 }} data-testid="quick-run">
      <RunProgress journal={journal} running={run.running} />
      {run.error !== null && run.error !== undefined && <ApiErrorMessage error={run.error} />}
      <OutcomeList entries={journal.entries} label={t('quickActions.outcomes')} />
      {!run.running && workLeft && (
        <div>
          <SM>{t('quickActions.interrupted')}</SM>
          <Button size="small" isPrimary onClick={() => run.resume()}>
            {t('quickActions.continue')}
          </Button>
        </div>
      )}
      {!run.running && evidence && <EvidenceActions evidence={evidence} />}
      {!run.running && (
        <div>
          <Button size="small" isBasic onClick={run.discard}>
            {t('quickActions.done')}
          </Button>
        </div>
      )}
    </div>
  )
}

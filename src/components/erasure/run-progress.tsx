import { Progress } from '@zendeskgarden/react-loaders'
import { SM } from '@zendeskgarden/react-typography'
import { journalProgress, type ErasureJournal } from '../../core/erasure/erasure-journal'
import { useI18n } from '../../i18n/i18n-context'

/** The progress bar with counts, announced politely to screen readers as it moves. */
export function RunProgress({ journal, running }: { journal: ErasureJournal; running: boolean }) {
  const { t } = useI18n()
  const p = journalProgress(journal)
  const percent = p.total === 0 ? 100 : Math.round((p.finished / p.total) * 100)
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Progress value={percent} aria-label={t('erasure.run.progressLabel')} aria-valuetext={t('erasure.run.progressValue', { finished: p.finished, total: p.total })} />
      <SM role="status" aria-live="polite" data-testid="run-counts">
        {t(running ? 'erasure.run.countsRunning' : 'erasure.run.counts', { finished: p.finished, total: p.total, done: p.done, failed: p.failed, skipped: p.skipped })}
      </SM>
    </div>
  )
}

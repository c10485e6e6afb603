import { Button } from '@zendeskgarden/react-buttons'
import { Progress } from '@zendeskgarden/react-loaders'
import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../../i18n/i18n-context'
import { useInventory } from '../../react/inventory-context'
import { ApiErrorMessage } from '../../components/api-error-message'
import { etaMessage } from './format-eta'

/** Start, cancel and resume the scan, with a progress bar, counts and the time left. */
export function ScanControls() {
  const { t } = useI18n()
  const { scan, isReady } = useInventory()
  const { status, progress } = scan
  const running = status === 'running'
  const percent = progress && progress.ticketsFound > 0 ? Math.round((progress.ticketsScanned / progress.ticketsFound) * 100) : 0
  const eta = running ? etaMessage(progress?.etaMs) : undefined
  return (
    <section aria-labelledby="inventory-scan-title" style={{ marginTop: 10 }}>
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        {!running && (
          <Button size="small" isPrimary onClick={scan.start} disabled={!isReady}>
            {t(status === 'idle' ? 'inventory.scan.start' : 'inventory.scan.restart')}
          </Button>
        )}
        {running && (
          <Button size="small" onClick={scan.cancel}>
            {t('inventory.scan.cancel')}
          </Button>
        )}
        {!running && scan.resumable && (
          <Button size="small" onClick={scan.resume}>
            {t('inventory.scan.resume')}
          </Button>
        )}
      </div>
      <SM id="inventory-scan-title" style={{ marginTop: 6 }} role="status" aria-live="polite">
        {t(`inventory.scan.status.${status}`)}
      </SM>
      {progress && (
        <div style={{ marginTop: 4 }}>
          <Progress value={status === 'finished' ? 100 : percent} aria-label={t('inventory.progress.label')} aria-valuetext={t('inventory.progress.percent', { percent })} />
          <SM>
            {t('inventory.progress.tickets', { scanned: progress.ticketsScanned, count: progress.ticketsFound })} ·{' '}
            {t('inventory.progress.requests', { count: progress.requestsUsed })}
            {eta && ` · ${t(eta.key, eta.count === undefined ? undefined : { count: eta.count })}`}
          </SM>
        </div>
      )}
      {status === 'failed' && <ApiErrorMessage error={scan.error} title={t('inventory.scan.failed')} onRetry={scan.start} />}
    </section>
  )
}

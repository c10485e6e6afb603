import { useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { exportFileName, serializeExport } from '../../core/export/assemble-export'
import type { PrivacyExport } from '../../core/export/export-schema'
import { useI18n } from '../../i18n/i18n-context'
import { copyText, downloadText, openInNewWindow } from '../../react/browser-files'
import { useDateFormat } from '../../react/use-date-format'

export type ExportFormat = 'json' | 'html'

/**
 * Download buttons, plus the fallbacks for hosts whose iframe sandbox blocks downloads: copy the JSON,
 * open the report in a new window. A download cannot be detected as failed, so the fallbacks are always
 * offered rather than only after an error.
 */
export function ExportDownloads({ document, onDelivered }: { document: PrivacyExport; onDelivered: (format: ExportFormat) => void }) {
  const { t, locale } = useI18n()
  const { formatDateTime } = useDateFormat()
  const [message, setMessage] = useState<string | null>(null)

  async function renderHtml(): Promise<string> {
    // The report builder loads only when a report is asked for.
    const { renderExportHtml } = await import('../../core/export/export-html')
    return renderExportHtml(document, { t, lang: locale, formatDateTime, yieldControl: () => new Promise((r) => setTimeout(r, 0)) })
  }

  function deliver(format: ExportFormat, ok: boolean, failure: string) {
    setMessage(ok ? null : failure)
    if (ok) onDelivered(format)
  }

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button size="small" isPrimary onClick={() => deliver('json', downloadText(exportFileName(document, 'json'), serializeExport(document), 'application/json'), t('portability.downloadBlocked'))}>
          {t('portability.downloadJson')}
        </Button>
        <Button size="small" onClick={async () => deliver('html', downloadText(exportFileName(document, 'html'), await renderHtml(), 'text/html'), t('portability.downloadBlocked'))}>
          {t('portability.downloadHtml')}
        </Button>
      </div>
      <SM>{t('portability.fallbackIntro')}</SM>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button
          size="small"
          isBasic
          onClick={async () => {
            const ok = await copyText(serializeExport(document))
            deliver('json', ok, t('portability.copyFailed'))
            if (ok) setMessage(t('portability.copied'))
          }}
        >
          {t('portability.copyJson')}
        </Button>
        <Button size="small" isBasic onClick={async () => deliver('html', openInNewWindow(await renderHtml(), 'text/html'), t('portability.popupBlocked'))}>
          {t('portability.openHtml')}
        </Button>
      </div>
      {message && (
        <SM role="status" data-testid="portability-message">
          {message}
        </SM>
      )}
    </div>
  )
}

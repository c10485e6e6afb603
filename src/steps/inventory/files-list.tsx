import { useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Tag } from '@zendeskgarden/react-tags'
import { MD, SM } from '@zendeskgarden/react-typography'
import type { Inventory } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { formatSize } from './describe-finding'

const FIRST = 20

/** Attachments, inline images and voice recordings in the subject's tickets, identity documents flagged first. */
export function FilesList({ inventory }: { inventory: Inventory }) {
  const { t, locale } = useI18n()
  const [showAll, setShowAll] = useState(false)
  const files = inventory.tickets
    .flatMap((ticket) => ticket.attachments)
    .sort((a, b) => Number(b.looksLikeIdentityDocument) - Number(a.looksLikeIdentityDocument))
  const recordings = inventory.tickets.flatMap((ticket) => ticket.voiceRecordings)
  if (files.length === 0 && recordings.length === 0) return null
  const shown = showAll ? files : files.slice(0, FIRST)
  return (
    <section aria-labelledby="inventory-files-title">
      <MD isBold id="inventory-files-title" tag="h3" style={{ margin: '12px 0 4px' }}>
        {t('inventory.files.title', { count: files.length + recordings.length })}
      </MD>
      <ul style={{ margin: 0, paddingInlineStart: 16 }}>
        {shown.map((file) => (
          <li key={file.id}>
            <SM tag="span" style={{ overflowWrap: 'anywhere' }}>
              <bdi>{file.fileName}</bdi> · {t('inventory.files.inTicket', { id: file.ticketId })} · {file.contentType} · {formatSize(file.size, locale)}
              {file.inline && ` · ${t('inventory.files.inline')}`}
            </SM>{' '}
            {file.looksLikeIdentityDocument && (
              <Tag size="small" hue="red">
                {t('inventory.files.identityDocument')}
              </Tag>
            )}
            {file.redacted && (
              <Tag size="small" hue="grey">
                {t('inventory.files.redacted')}
              </Tag>
            )}
          </li>
        ))}
        {recordings.map((recording) => (
          <li key={`voice-${recording.commentId}`}>
            <SM tag="span">{t('inventory.files.recording', { id: recording.ticketId })}</SM>
          </li>
        ))}
      </ul>
      {files.length > FIRST && !showAll && (
        <Button size="small" isLink onClick={() => setShowAll(true)}>
          {t('inventory.files.showAll', { count: files.length })}
        </Button>
      )}
    </section>
  )
}

import { useState } from 'react'
import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { DroppedItem, ErasureOperation } from '../../core/erasure/erasure-types'
import { useI18n } from '../../i18n/i18n-context'
import { CommentDiff } from '../../components/erasure/comment-diff'
import { describeOperation } from '../../components/erasure/describe-operation'

const Row = styled.div`
  display: grid;
  gap: 4px;
`

/** One planned operation: what, why, whether it is permanent or needs an admin; its preview; "drop". */
export function OperationRow({ op, onDrop }: { op: ErasureOperation; onDrop: () => void }) {
  const { t } = useI18n()
  const [showPreview, setShowPreview] = useState(false)
  const preview = op.kind === 'redact_comment' || op.kind === 'legacy_redact' ? op.preview : undefined
  return (
    <Row data-operation={op.id}>
      <SM isBold>{describeOperation(t, op)}</SM>
      <SM>{op.reasons.map((r) => t(`erasure.reason.${r}`)).join('; ')}</SM>
      <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'center' }}>
        {op.irreversible && (
          <Tag size="small" hue="red">
            {t('erasure.tags.irreversible')}
          </Tag>
        )}
        {!op.allowed && (
          <Tag size="small" hue="yellow">
            {t('erasure.tags.needsAdmin')}
          </Tag>
        )}
        {preview && (
          <Button size="small" isLink aria-expanded={showPreview} onClick={() => setShowPreview((v) => !v)}>
            {t(showPreview ? 'erasure.preview.hide' : 'erasure.preview.show')}
          </Button>
        )}
        <Button size="small" isLink onClick={onDrop} aria-label={t('erasure.drop.label', { what: describeOperation(t, op) })}>
          {t('erasure.drop.button')}
        </Button>
      </div>
      {preview && showPreview && <CommentDiff preview={preview} id={`preview-${op.id}`} />}
    </Row>
  )
}

/** An operation the agent dropped, which they can put back. */
export function DroppedRow({ item, onRestore }: { item: DroppedItem; onRestore: () => void }) {
  const { t } = useI18n()
  const what = describeOperation(t, { kind: item.kind, ...(item.ticketId !== undefined ? { ticketId: item.ticketId } : {}) })
  return (
    <Row data-dropped={item.operationId}>
      <SM>
        <s>{what}</s> — {t('erasure.drop.dropped')}
      </SM>
      <div>
        <Button size="small" isLink onClick={onRestore} aria-label={t('erasure.drop.restoreLabel', { what })}>
          {t('erasure.drop.restore')}
        </Button>
      </div>
    </Row>
  )
}

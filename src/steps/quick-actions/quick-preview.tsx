import { useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Checkbox, Field, Label } from '@zendeskgarden/react-forms'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { ErasurePlan } from '../../core/erasure/erasure-types'
import { useI18n } from '../../i18n/i18n-context'
import { CommentDiff } from '../../components/erasure/comment-diff'
import { describeOperation } from '../../components/erasure/describe-operation'

/** The quick action's plan: each operation with its before/after, and what needs an admin; then confirm. */
export function QuickPreview({ plan, onConfirm, onCancel }: { plan: ErasurePlan; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n()
  const [understood, setUnderstood] = useState(false)
  const allowed = plan.operations.filter((op) => op.allowed)
  return (
    <div style={{ display: 'grid', gap: 8 }} data-testid="quick-preview">
      {plan.operations.map((op) => {
        const preview = op.kind === 'redact_comment' || op.kind === 'legacy_redact' ? op.preview : undefined
        return (
          <div key={op.id} style={{ display: 'grid', gap: 4 }} data-operation={op.id}>
            <SM isBold>{describeOperation(t, op)}</SM>
            <SM>{op.reasons.map((r) => t(`erasure.reason.${r}`)).join('; ')}</SM>
            {!op.allowed && (
              <div>
                <Tag size="small" hue="yellow">
                  {t('erasure.tags.needsAdmin')}
                </Tag>
              </div>
            )}
            {preview && <CommentDiff preview={preview} id={`quick-${op.id}`} />}
          </div>
        )
      })}
      {allowed.length === 0 ? (
        <SM role="status">{t('quickActions.nothingAllowed')}</SM>
      ) : (
        <>
          <SM>{t('quickActions.summary', { count: allowed.length, calls: plan.apiCalls.total })}</SM>
          <Field>
            <Checkbox checked={understood} onChange={(e) => setUnderstood(e.target.checked)}>
              <Label isRegular>{t('quickActions.understand')}</Label>
            </Checkbox>
          </Field>
        </>
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        {allowed.length > 0 && (
          <Button size="small" isPrimary isDanger disabled={!understood} onClick={onConfirm}>
            {t('quickActions.apply')}
          </Button>
        )}
        <Button size="small" isBasic onClick={onCancel}>
          {t('quickActions.cancel')}
        </Button>
      </div>
    </div>
  )
}

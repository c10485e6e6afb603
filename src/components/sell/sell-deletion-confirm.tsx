import { useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Checkbox, Field, Hint, Input, Label } from '@zendeskgarden/react-forms'
import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../../i18n/i18n-context'

/**
 * Sell cannot undo a deletion, so, as for Support's permanent deletions, the agent ticks "I understand"
 * and types the confirmation word: a click can be a slip, typing is a decision.
 */
export function SellDeletionConfirm({ count, onConfirm, onCancel }: { count: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n()
  const [understood, setUnderstood] = useState(false)
  const [typed, setTyped] = useState('')
  const word = t('sell.erasure.confirmWord')
  const ready = understood && typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase()
  return (
    <section aria-labelledby="sell-confirm-title" style={{ display: 'grid', gap: 8 }} data-testid="sell-deletion-confirm">
      <SM id="sell-confirm-title" isBold>
        {t('sell.erasure.confirmText', { count })}
      </SM>
      <Field>
        <Checkbox checked={understood} onChange={(event) => setUnderstood(event.target.checked)}>
          <Label isRegular>{t('sell.erasure.confirmCheck')}</Label>
        </Checkbox>
      </Field>
      <Field>
        <Label>{t('sell.erasure.confirmType', { word })}</Label>
        <Hint>{t('sell.erasure.confirmTypeHint')}</Hint>
        <Input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} data-testid="sell-confirm-word" />
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button size="small" isPrimary isDanger disabled={!ready} onClick={onConfirm}>
          {t('sell.erasure.confirm')}
        </Button>
        <Button size="small" isBasic onClick={onCancel}>
          {t('sell.erasure.cancel')}
        </Button>
      </div>
    </section>
  )
}

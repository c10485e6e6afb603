import { useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Checkbox, Field, Label } from '@zendeskgarden/react-forms'
import { SM } from '@zendeskgarden/react-typography'
import type { ErasurePlan } from '../../core/erasure/erasure-types'
import { useI18n } from '../../i18n/i18n-context'
import { TypedConfirmation, useConfirmationWord } from '../../components/erasure/typed-confirmation'

/**
 * The agent's confirmation: the size of the change, "I understand it cannot be undone", and — when the plan
 * permanently deletes tickets or the user — the typed confirmation word.
 */
export function ConfirmErasure({ plan, onConfirm }: { plan: ErasurePlan; onConfirm: (confirmedIrreversibleIds: string[]) => void }) {
  const { t } = useI18n()
  const { matches } = useConfirmationWord()
  const [understood, setUnderstood] = useState(false)
  const [typed, setTyped] = useState('')
  const allowed = plan.operations.filter((op) => op.allowed)
  const irreversible = allowed.filter((op) => op.irreversible)
  const purgedTickets = irreversible.filter((op) => op.kind === 'permanently_delete_ticket').length
  const purgesUser = irreversible.some((op) => op.kind === 'permanently_delete_user')
  const ready = allowed.length > 0 && understood && (irreversible.length === 0 || matches(typed))
  return (
    <section aria-labelledby="erasure-confirm-title" style={{ display: 'grid', gap: 8 }} data-testid="erasure-confirm">
      <SM id="erasure-confirm-title" isBold>
        {t('erasure.confirm.summary', { count: allowed.length, calls: plan.apiCalls.total })}
      </SM>
      <Field>
        <Checkbox checked={understood} onChange={(e) => setUnderstood(e.target.checked)}>
          <Label isRegular>{t('erasure.confirm.understand')}</Label>
        </Checkbox>
      </Field>
      {irreversible.length > 0 && (
        <TypedConfirmation
          value={typed}
          onChange={setTyped}
          what={[
            ...(purgedTickets > 0 ? [t('erasure.confirm.purgeTickets', { count: purgedTickets })] : []),
            ...(purgesUser ? [t('erasure.confirm.purgeUser')] : []),
          ].join(' ')}
        />
      )}
      <div>
        <Button isPrimary isDanger disabled={!ready} onClick={() => onConfirm(irreversible.map((op) => op.id))}>
          {t('erasure.confirm.start')}
        </Button>
      </div>
    </section>
  )
}

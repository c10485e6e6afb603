import { useEffect, useRef } from 'react'
import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { getColor } from '@zendeskgarden/react-theming'
import { useI18n } from '../../i18n/i18n-context'
import type { ProfileChange } from './profile-draft'
import { fieldLabel } from './field-label'

const Before = styled.del`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.danger' })};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`
const After = styled.ins`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.success' })};
  text-decoration: none;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`

/** The before/after of every change, and the one button that writes them to Zendesk. */
export function ChangeReview({ changes, isSaving, onConfirm, onBack }: { changes: ProfileChange[]; isSaving: boolean; onConfirm: () => void; onBack: () => void }) {
  const { t } = useI18n()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section aria-labelledby="correction-review" style={{ display: 'grid', gap: 8 }}>
      <SM isBold tag="h3" id="correction-review" ref={heading} tabIndex={-1} style={{ margin: 0 }}>
        {t('correction.review.title')}
      </SM>
      <dl style={{ margin: 0, display: 'grid', gap: 6 }} data-testid="correction-diff">
        {changes.map((change) => (
          <div key={change.field}>
            <SM tag="dt" isBold>
              {fieldLabel(t, change.field)}
            </SM>
            <dd style={{ margin: 0 }}>
              <SM>
                {t('correction.review.before')}: <Before>{change.before || t('correction.review.empty')}</Before>
              </SM>
              <SM>
                {t('correction.review.after')}: <After>{change.after || t('correction.review.empty')}</After>
              </SM>
            </dd>
          </div>
        ))}
      </dl>
      <SM>{t('correction.review.limitHint')}</SM>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button size="small" isPrimary disabled={isSaving} onClick={onConfirm}>
          {isSaving ? t('correction.saving') : t('correction.review.confirm', { count: changes.length })}
        </Button>
        <Button size="small" isBasic disabled={isSaving} onClick={onBack}>
          {t('correction.review.back')}
        </Button>
      </div>
    </section>
  )
}

import { Checkbox, Field, Label } from '@zendeskgarden/react-forms'
import { SM } from '@zendeskgarden/react-typography'
import type { Finding } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'

function where(t: (key: string, vars?: Record<string, string | number>) => string, finding: Finding): string {
  if (finding.location === 'comment') return t('quickActions.where.comment', { id: finding.commentId ?? '' })
  if (finding.location === 'ticket_subject') return t('quickActions.where.subject')
  return t('quickActions.where.field')
}

/** The findings of this ticket, each with a checkbox: the agent picks what to redact (dismissed ones are hidden). */
export function FindingChoices({ findings, selected, onChange }: { findings: readonly Finding[]; selected: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useI18n()
  const shown = findings.filter((f) => f.review !== 'dismissed' && (f.location === 'comment' || f.location === 'ticket_subject' || f.location === 'custom_field'))
  if (shown.length === 0) return <SM>{t('quickActions.noFindings')}</SM>
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 2, maxHeight: 280, overflowY: 'auto' }}>
      <legend style={{ padding: 0 }}>
        <Label isRegular>{t('quickActions.findings')}</Label>
      </legend>
      {shown.map((finding) => (
        <Field key={finding.id}>
          <Checkbox
            checked={selected.includes(finding.id)}
            onChange={(e) => onChange(e.target.checked ? [...selected, finding.id] : selected.filter((id) => id !== finding.id))}
          >
            <Label isRegular>
              <bdi>{finding.value}</bdi> <SM tag="span">({where(t, finding)})</SM>
            </Label>
          </Checkbox>
        </Field>
      ))}
    </fieldset>
  )
}

import { Checkbox, Field, Label } from '@zendeskgarden/react-forms'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { SellDeletionPlan } from '../../core/sell/plan-sell-deletion'
import { useI18n } from '../../i18n/i18n-context'
import { SellTags } from './sell-layout'

/** The preview: every contact and lead that would be deleted, what goes with it, and a box to leave it out. */
export function SellDeletionPreview({ plan, selected, disabled, onToggle }: { plan: SellDeletionPlan; selected: ReadonlySet<string>; disabled: boolean; onToggle: (id: string, on: boolean) => void }) {
  const { t } = useI18n()
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }} data-testid="sell-deletion-preview">
      {plan.items.map((item) => {
        const related = Object.entries(item.related).filter(([, count]) => (count ?? 0) > 0)
        return (
          <li key={item.id} data-testid="sell-deletion-item" data-item={item.id}>
            <Field>
              <Checkbox checked={selected.has(item.id)} disabled={disabled} onChange={(event) => onToggle(item.id, event.target.checked)}>
                <Label isRegular>
                  {t(`sell.kind.${item.record}`)} · {item.name} · #{item.recordId}
                </Label>
              </Checkbox>
            </Field>
            <SellTags style={{ paddingInlineStart: 24 }}>
              {item.matchedBy.map((by) => (
                <Tag key={by} size="small" hue="grey">
                  {t(`sell.matchedBy.${by}`)}
                </Tag>
              ))}
              {related.map(([kind, count]) => (
                <Tag key={kind} size="small">
                  {t(`sell.related.${kind}`, { count: count ?? 0 })}
                </Tag>
              ))}
            </SellTags>
            {!item.selectedByDefault && <SM style={{ paddingInlineStart: 24 }}>{t('sell.phoneOnlyHint')}</SM>}
          </li>
        )
      })}
    </ul>
  )
}

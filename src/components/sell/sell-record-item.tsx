import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import { relatedKindsFor, sellItemText, sellRecordName, type SellFinding } from '../../core/sell/sell-types'
import { useI18n } from '../../i18n/i18n-context'
import { useDateFormat } from '../../react/use-date-format'
import { SellTags } from './sell-layout'

const MAX_TEXT = 140

function shorten(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text
}

/** One contact or lead: what it is, why it is the subject's, and its related items (counts, then the items on demand). */
export function SellRecordItem({ finding }: { finding: SellFinding }) {
  const { t } = useI18n()
  const { formatDateTime } = useDateFormat()
  const kinds = relatedKindsFor(finding.kind)
  const lists = kinds.map((kind) => finding.related.find((list) => list.kind === kind) ?? { kind, items: [], complete: true })
  const incomplete = lists.some((list) => !list.complete)
  return (
    <li data-testid="sell-record" data-kind={finding.kind} data-id={finding.id} style={{ display: 'grid', gap: 4 }}>
      <SM>
        <Tag size="small" hue={finding.kind === 'contact' ? 'blue' : 'kale'}>
          {t(`sell.kind.${finding.kind}`)}
        </Tag>{' '}
        <strong>{sellRecordName(finding.record)}</strong> · #{finding.id}
      </SM>
      <SellTags>
        {finding.matchedBy.map((by) => (
          <Tag key={by} size="small" hue="grey">
            {t(`sell.matchedBy.${by}`)}
          </Tag>
        ))}
        {/* Kinds with no items are left out: the tags stay readable in a 320 px sidebar. */}
        {lists
          .filter((list) => list.items.length > 0)
          .map((list) => (
            <Tag key={list.kind} size="small">
              {t(`sell.related.${list.kind}`, { count: list.items.length })}
            </Tag>
          ))}
      </SellTags>
      {!finding.matchedBy.includes('email') && <SM>{t('sell.phoneOnlyHint')}</SM>}
      {incomplete && <SM role="status">{t('sell.incomplete')}</SM>}
      {lists.some((list) => list.items.length > 0) && (
        <details>
          <summary>
            <SM tag="span">{t('sell.showItems')}</SM>
          </summary>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {lists.flatMap((list) =>
              list.items.map((item) => (
                <li key={`${list.kind}-${item.id}`}>
                  <SM>
                    {t(`sell.itemKind.${list.kind}`)}
                    {typeof item.created_at === 'string' ? ` · ${formatDateTime(item.created_at)}` : ''} · {shorten(sellItemText(item))}
                  </SM>
                </li>
              )),
            )}
          </ul>
        </details>
      )}
    </li>
  )
}

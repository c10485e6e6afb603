import { useMemo, useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { MD, SM } from '@zendeskgarden/react-typography'
import type { Inventory } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { useInventory } from '../../react/inventory-context'
import { ApiErrorMessage } from '../../components/api-error-message'
import { FindingDetails } from './finding-details'
import { FindingsListbox } from './findings-listbox'
import { buildReviewRows, GROUPINGS, type Grouping } from './review-rows'

/** Review of every finding, grouped by ticket or by type, with the active one shown in context. */
export function FindingsReview({ inventory }: { inventory: Inventory }) {
  const { t } = useI18n()
  const { decide, ignored, subjectId } = useInventory()
  const [grouping, setGrouping] = useState<Grouping>('ticket')
  const [activeId, setActiveId] = useState<string | undefined>(undefined)
  const rows = useMemo(() => buildReviewRows(inventory, grouping), [inventory, grouping])
  const active = rows.find((r) => r.kind === 'finding' && r.key === activeId)
  const groupPending = useMemo(
    () => (active?.kind === 'finding' ? rows.flatMap((r) => (r.kind === 'finding' && r.group.key === active.group.key && r.finding.review === 'pending' ? [r.key] : [])) : []),
    [rows, active],
  )

  if (inventory.findings.length === 0) return <SM role="status">{t('inventory.review.none')}</SM>
  return (
    <section aria-labelledby="inventory-review-title">
      <MD isBold id="inventory-review-title" tag="h3" style={{ margin: '12px 0 4px' }}>
        {t('inventory.review.title')}
      </MD>
      <div role="group" aria-label={t('inventory.review.groupBy')} style={{ display: 'flex', gap: 4, marginBottom: 6 }}>
        {GROUPINGS.map((g) => (
          <Button key={g} size="small" isPill isPrimary={grouping === g} aria-pressed={grouping === g} onClick={() => setGrouping(g)}>
            {t(`inventory.review.by.${g}`)}
          </Button>
        ))}
      </div>
      <SM id="inventory-review-keys" style={{ marginBottom: 4 }}>
        {t('inventory.review.keys')}
      </SM>
      <FindingsListbox
        rows={rows}
        activeId={activeId}
        onActiveChange={setActiveId}
        onDecide={(id, state) => decide([id], state)}
        label={t('inventory.review.listLabel', { count: inventory.findings.length })}
      />
      {active?.kind === 'finding' && (
        <FindingDetails
          finding={active.finding}
          group={active.group}
          subjectId={subjectId}
          onDecide={decide}
          groupPendingIds={groupPending}
          canIgnore={ignored.canEdit}
          isIgnoring={ignored.saving}
          onIgnore={(value) => void ignored.add(value)}
        />
      )}
      {ignored.error !== undefined && <ApiErrorMessage error={ignored.error} title={t('inventory.review.ignoreFailed')} />}
    </section>
  )
}

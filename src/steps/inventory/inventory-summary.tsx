import { Table } from '@zendeskgarden/react-tables'
import { MD, SM } from '@zendeskgarden/react-typography'
import type { Inventory } from '../../core/inventory/inventory-types'
import { summarizeInventory } from '../../core/inventory/summarize-inventory'
import { useI18n } from '../../i18n/i18n-context'

/** Counts per type of personal data and per ticket status. */
export function InventorySummary({ inventory }: { inventory: Inventory }) {
  const { t } = useI18n()
  const summary = summarizeInventory(inventory)
  return (
    <section aria-labelledby="inventory-summary-title">
      <MD isBold id="inventory-summary-title" tag="h3" style={{ margin: '12px 0 4px' }}>
        {t('inventory.summary.title')}
      </MD>
      <SM>
        {t('inventory.summary.totals', { count: summary.findings, tickets: summary.tickets })}
        {summary.dismissed > 0 && ` · ${t('inventory.summary.dismissed', { count: summary.dismissed })}`}
      </SM>
      <Table size="small" style={{ marginTop: 6 }}>
        <Table.Caption>{t('inventory.summary.byType')}</Table.Caption>
        <Table.Head>
          <Table.HeaderRow>
            <Table.HeaderCell>{t('inventory.summary.type')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inventory.summary.found')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inventory.summary.subjectOwn')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inventory.summary.confirmed')}</Table.HeaderCell>
          </Table.HeaderRow>
        </Table.Head>
        <Table.Body>
          {summary.byType.map((row) => (
            <Table.Row key={row.type}>
              <Table.Cell>{t(`inventory.piiType.${row.type}`)}</Table.Cell>
              <Table.Cell>{row.total}</Table.Cell>
              <Table.Cell>{row.subject}</Table.Cell>
              <Table.Cell>{row.confirmed}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table size="small" style={{ marginTop: 8 }}>
        <Table.Caption>{t('inventory.summary.byStatus')}</Table.Caption>
        <Table.Head>
          <Table.HeaderRow>
            <Table.HeaderCell>{t('inventory.summary.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inventory.summary.tickets')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inventory.summary.found')}</Table.HeaderCell>
          </Table.HeaderRow>
        </Table.Head>
        <Table.Body>
          {summary.byStatus.map((row) => (
            <Table.Row key={row.status}>
              <Table.Cell>{t(`inventory.status.${row.status}`)}</Table.Cell>
              <Table.Cell>{row.tickets}</Table.Cell>
              <Table.Cell>{row.findings}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  )
}

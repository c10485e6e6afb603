import styled from 'styled-components'
import { Checkbox, Field, Label } from '@zendeskgarden/react-forms'
import { Tag } from '@zendeskgarden/react-tags'
import { MD, SM } from '@zendeskgarden/react-typography'
import { getColor } from '@zendeskgarden/react-theming'
import type { JournalSelections } from '../../core/erasure/erasure-journal'
import type { ErasurePlan } from '../../core/erasure/erasure-types'
import type { InventoryTicket } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { AttachmentChoices } from './attachment-choices'
import { DroppedRow, OperationRow } from './operation-row'

const Group = styled.section`
  border: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.default' })};
  border-radius: 4px;
  padding: 8px;
  display: grid;
  gap: 6px;
`

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item)
}

/** One ticket's part of the plan: its operations (each can be dropped), its files, and "delete it instead". */
export function TicketPlanGroup({ ticket, plan, selections, onChange }: {
  ticket: InventoryTicket
  plan: ErasurePlan
  selections: JournalSelections
  onChange: (patch: Partial<JournalSelections>) => void
}) {
  const { t } = useI18n()
  const group = plan.tickets.find((g) => g.ticketId === ticket.id)
  const operations = plan.operations.filter((op) => op.ticketId === ticket.id)
  const dropped = plan.dropped.filter((d) => d.ticketId === ticket.id)
  const drop = (id: string, isDropped: boolean) => onChange({ droppedOperationIds: toggle(selections.droppedOperationIds, id, isDropped) })
  const headingId = `plan-ticket-${ticket.id}`
  return (
    <Group aria-labelledby={headingId} data-ticket={ticket.id}>
      <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
        <MD isBold id={headingId} tag="h4">
          {t('erasure.tickets.ticket', { id: ticket.id })}
        </MD>
        <Tag size="small">{t(`erasure.ticketStatus.${ticket.status}`)}</Tag>
        {group && group.findingCount > 0 && <Tag size="small">{t('erasure.tickets.findings', { count: group.findingCount })}</Tag>}
      </div>
      {group && group.deletionReasons.length > 0 && (
        <SM>{t('erasure.tickets.deletedBecause', { reasons: group.deletionReasons.map((r) => t(`erasure.reason.${r}`)).join('; ') })}</SM>
      )}
      {operations.map((op) => (
        <OperationRow key={op.id} op={op} onDrop={() => drop(op.id, true)} />
      ))}
      {dropped.map((d) => (
        <DroppedRow key={d.operationId} item={d} onRestore={() => drop(d.operationId, false)} />
      ))}
      <AttachmentChoices ticket={ticket} selected={selections.selectedAttachmentIds} onChange={(ids) => onChange({ selectedAttachmentIds: ids })} />
      {ticket.status !== 'deleted' && (
        <Field>
          <Checkbox
            checked={selections.deleteTicketIds.includes(ticket.id)}
            onChange={(e) => onChange({ deleteTicketIds: toggle(selections.deleteTicketIds, ticket.id, e.target.checked) })}
          >
            <Label isRegular>{t('erasure.tickets.deleteInstead')}</Label>
          </Checkbox>
        </Field>
      )}
    </Group>
  )
}

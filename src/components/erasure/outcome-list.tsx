import styled from 'styled-components'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import { getColor } from '@zendeskgarden/react-theming'
import type { JournalEntry, OperationState } from '../../core/erasure/erasure-journal'
import { useI18n } from '../../i18n/i18n-context'
import { describeOperation } from './describe-operation'

const HUE: Record<OperationState, string | undefined> = { pending: undefined, sent: 'blue', done: 'green', failed: 'red', skipped: 'yellow' }

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  max-height: 320px;
  overflow: auto;
`

const Row = styled.li`
  display: grid;
  grid-template-columns: 1fr auto;
  gap: 2px 8px;
  padding: 6px 0;
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
`

const Detail = styled(SM)`
  grid-column: 1 / -1;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`

/** Per-item outcome: done (with how it was verified), skipped with the reason, failed with the reason. */
export function OutcomeList({ entries, label }: { entries: readonly JournalEntry[]; label: string }) {
  const { t } = useI18n()
  return (
    <List aria-label={label} data-testid="outcome-list">
      {entries.map((e) => (
        <Row key={e.id} data-operation={e.id} data-state={e.state}>
          <SM>{describeOperation(t, e)}</SM>
          <Tag size="small" hue={HUE[e.state]}>
            {t(`erasure.state.${e.state}`)}
          </Tag>
          {e.reason && <Detail>{t(`erasure.outcome.${e.reason}`)}</Detail>}
          {e.verification && (
            <Detail>
              {t(e.verification.passed ? 'erasure.verified' : 'erasure.notVerified', { method: t(`erasure.verification.${e.verification.method}`) })}
            </Detail>
          )}
        </Row>
      ))}
    </List>
  )
}

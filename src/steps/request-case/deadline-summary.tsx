import { Tag } from '@zendeskgarden/react-tags'
import { MD, SM } from '@zendeskgarden/react-typography'
import { localIsoDate } from '../../core/case/calendar-date'
import { countdownTo, type CountdownState } from '../../core/case/countdown'
import { computeDeadlines } from '../../core/case/deadlines'
import type { RequestCase } from '../../core/case/request-case'
import { useI18n } from '../../i18n/i18n-context'
import { useDateFormat } from '../../react/use-date-format'

const HUE: Record<CountdownState, string> = { on_track: 'green', due_soon: 'yellow', due_today: 'red', overdue: 'red' }

/** The answer's due date and how many days are left, plus the CCPA/CPRA receipt confirmation. */
export function DeadlineSummary({ value, today = localIsoDate(new Date()) }: { value: RequestCase; today?: string }) {
  const { t } = useI18n()
  const { formatDate } = useDateFormat()
  if (!value.receivedOn || !value.jurisdiction) return <SM>{t('case.incomplete')}</SM>
  const deadlines = computeDeadlines(value.receivedOn, value.jurisdiction, value.extension !== null)
  const countdown = countdownTo(deadlines.effectiveDueOn, today)
  const countdownText =
    countdown.state === 'due_today'
      ? t('case.countdown.dueToday')
      : countdown.state === 'overdue'
        ? t('case.countdown.overdue', { count: -countdown.daysLeft })
        : t('case.countdown.daysLeft', { count: countdown.daysLeft })
  return (
    <div data-testid="case-deadline">
      <SM>{t('case.due.label')}</SM>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <MD isBold data-testid="case-due-date">
          {formatDate(deadlines.effectiveDueOn)}
        </MD>
        <Tag size="small" hue={HUE[countdown.state]} data-countdown={countdown.state}>
          {countdownText}
        </Tag>
      </div>
      {value.extension && <SM>{t('case.extendedFrom', { date: formatDate(deadlines.dueOn), reason: t(`case.extensionReason.${value.extension.reason}`) })}</SM>}
      {deadlines.acknowledgeBy &&
        (value.acknowledgedOn ? (
          <SM>{t('case.acknowledge.done', { date: formatDate(value.acknowledgedOn) })}</SM>
        ) : (
          <SM data-testid="case-acknowledge-by">{t('case.acknowledge.due', { date: formatDate(deadlines.acknowledgeBy) })}</SM>
        ))}
    </div>
  )
}

import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { RequestCase } from '../../core/case/request-case'
import { useI18n } from '../../i18n/i18n-context'
import { useDateFormat } from '../../react/use-date-format'
import { DeadlineSummary } from './deadline-summary'

/** The recorded request at a glance: what was asked, when, under which law, how identity was checked. */
export function CaseSummary({ value }: { value: RequestCase }) {
  const { t } = useI18n()
  const { formatDate } = useDateFormat()
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <DeadlineSummary value={value} />
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 8px', margin: 0 }}>
        <SM tag="dt">{t('case.summary.types')}</SM>
        <dd style={{ margin: 0, display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          {value.requestTypes.length === 0 ? (
            <SM>{t('case.summary.noTypes')}</SM>
          ) : (
            value.requestTypes.map((type) => (
              <Tag key={type} size="small">
                {t(`checklist.obligation.${type}.title`)}
              </Tag>
            ))
          )}
        </dd>
        <SM tag="dt">{t('case.summary.received')}</SM>
        <SM tag="dd" style={{ margin: 0 }}>
          {value.receivedOn ? formatDate(value.receivedOn) : '—'}
        </SM>
        <SM tag="dt">{t('case.summary.law')}</SM>
        <SM tag="dd" style={{ margin: 0 }}>
          {value.jurisdiction ? t(`case.jurisdictionShort.${value.jurisdiction}`) : '—'}
        </SM>
        <SM tag="dt">{t('case.summary.verification')}</SM>
        <SM tag="dd" style={{ margin: 0 }}>
          {value.verification ? t(`case.verification.${value.verification}`) : t('case.verification.none')}
        </SM>
      </dl>
    </div>
  )
}

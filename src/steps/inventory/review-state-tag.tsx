import { Tag } from '@zendeskgarden/react-tags'
import type { ReviewState } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'

const HUE: Record<ReviewState, string | undefined> = { pending: undefined, confirmed: 'green', dismissed: 'grey' }

/** The review state, plus a "hers" marker when the value is one of the subject's own identifiers. */
export function ReviewStateTag({ state, isSubject }: { state: ReviewState; isSubject: boolean }) {
  const { t } = useI18n()
  return (
    <span style={{ display: 'inline-flex', gap: 4 }}>
      {isSubject && (
        <Tag size="small" hue="blue">
          {t('inventory.review.subjectTag')}
        </Tag>
      )}
      <Tag size="small" hue={HUE[state]}>
        {t(`inventory.review.state.${state}`)}
      </Tag>
    </span>
  )
}

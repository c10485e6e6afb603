import { MD, SM, UnorderedList } from '@zendeskgarden/react-typography'
import type { NotReachedCode } from '../../core/erasure/erasure-types'
import { useI18n } from '../../i18n/i18n-context'

/** Where personal data may remain that no API reaches: said plainly, so nobody believes the erasure is total. */
export function NotReachedList({ codes }: { codes: readonly string[] }) {
  const { t } = useI18n()
  if (codes.length === 0) return null
  return (
    <section aria-labelledby="not-reached-title" style={{ display: 'grid', gap: 4 }}>
      <MD isBold id="not-reached-title" tag="h3">
        {t('evidence.notReached.title')}
      </MD>
      <UnorderedList>
        {codes.map((code) => (
          <UnorderedList.Item key={code}>
            <SM>{t(`evidence.notReached.${code as NotReachedCode}`)}</SM>
          </UnorderedList.Item>
        ))}
      </UnorderedList>
    </section>
  )
}

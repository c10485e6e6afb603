import styled from 'styled-components'
import { SM } from '@zendeskgarden/react-typography'
import { getColor } from '@zendeskgarden/react-theming'
import type { CommentPreview } from '../../core/erasure/erasure-types'
import { useI18n } from '../../i18n/i18n-context'

const Text = styled.div`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  max-height: 160px;
  overflow: auto;
  padding: 6px 8px;
  border-radius: 4px;
  font-size: 12px;
  line-height: 18px;
  background: ${({ theme }) => getColor({ theme, variable: 'background.subtle' })};
  border: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
`

/**
 * The exact before/after of a comment redaction. The text is rendered as text (never as HTML), so hostile
 * comment content stays inert; ▇ marks each character Zendesk will redact.
 */
export function CommentDiff({ preview, id }: { preview: CommentPreview; id: string }) {
  const { t } = useI18n()
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <SM isBold id={`${id}-before`}>
        {t('erasure.preview.before')}
      </SM>
      <Text aria-labelledby={`${id}-before`} tabIndex={0} data-testid="preview-before" dir="auto">
        {preview.before}
      </Text>
      <SM isBold id={`${id}-after`}>
        {t('erasure.preview.after')}
      </SM>
      <Text aria-labelledby={`${id}-after`} tabIndex={0} data-testid="preview-after" dir="auto">
        {preview.after}
      </Text>
    </div>
  )
}

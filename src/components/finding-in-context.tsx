import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { maskValue } from '../core/inventory/mask-value'
import type { Finding } from '../core/inventory/inventory-types'

const Masked = styled.mark`
  background: ${({ theme }) => getColor({ theme, variable: 'background.warning' })};
  color: inherit;
  border-radius: 2px;
  padding: 0 2px;
  font-family: ${({ theme }) => theme.fonts.mono};
`

const Line = styled.span<{ $isTruncated: boolean }>`
  overflow-wrap: anywhere;
  ${({ $isTruncated }) => ($isTruncated ? 'display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;' : '')}
`

/**
 * A finding's value, masked, between a few words of its context. Ticket text is hostile input (script
 * tags, onerror images, SVG, RTL overrides, emoji): it is rendered as React text only, and each part is
 * bidi-isolated so right-to-left text cannot reorder the rest of the line.
 */
export function FindingInContext({ finding, isTruncated = false }: { finding: Finding; isTruncated?: boolean }) {
  const context = finding.context
  return (
    <Line $isTruncated={isTruncated} dir="auto">
      {context?.clippedBefore && '… '}
      <bdi>{context?.before ?? ''}</bdi>
      <Masked>
        <bdi>{maskValue(finding.type, finding.value)}</bdi>
      </Masked>
      <bdi>{context?.after ?? ''}</bdi>
      {context?.clippedAfter && ' …'}
    </Line>
  )
}

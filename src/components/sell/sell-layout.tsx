import type { ReactNode } from 'react'
import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { SM } from '@zendeskgarden/react-typography'

/** The Sell block inside a step: a ruled section like the access summary's, with its own heading. */
export const SellBlock = styled.section`
  display: grid;
  gap: 6px;
  padding: 6px 0;
  border-top: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
`

export const SellTags = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
`

export function SellHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <SM isBold tag="h3" id={id} style={{ margin: 0 }}>
      {children}
    </SM>
  )
}

import { useEffect, useRef, useState, type KeyboardEvent, type UIEvent } from 'react'
import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { SM } from '@zendeskgarden/react-typography'
import type { ReviewState } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { FindingInContext } from '../../components/finding-in-context'
import { GroupHeading, groupLabel } from './group-heading'
import { findingIndexes, type ReviewRow } from './review-rows'
import { ReviewStateTag } from './review-state-tag'

/** Fixed row height: it is what makes the list windowable without measuring rows. */
export const ROW_HEIGHT = 48
const OVERSCAN = 6

const Viewport = styled.div<{ $height: number }>`
  position: relative;
  height: ${({ $height }) => $height}px;
  overflow-y: auto;
  border: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.default' })};
  border-radius: 4px;
  &:focus-visible {
    outline: 2px solid ${({ theme }) => getColor({ theme, variable: 'border.primaryEmphasis' })};
    outline-offset: 1px;
  }
`

const Slot = styled.div<{ $top: number; $isActive?: boolean }>`
  position: absolute;
  top: ${({ $top }) => $top}px;
  left: 0;
  right: 0;
  height: ${ROW_HEIGHT}px;
  box-sizing: border-box;
  padding: 4px 8px;
  overflow: hidden;
  cursor: pointer;
  background: ${({ theme, $isActive }) => ($isActive ? getColor({ theme, variable: 'background.primaryEmphasis', transparency: theme.opacity[100] }) : 'transparent')};
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
`

const Top = styled.div`
  display: flex;
  justify-content: space-between;
  gap: 8px;
  align-items: center;
`

export interface FindingsListboxProps {
  rows: readonly ReviewRow[]
  activeId: string | undefined
  onActiveChange(id: string): void
  onDecide(id: string, state: ReviewState): void
  label: string
  /** Viewport height in pixels; the list never measures the DOM, so it works the same in tests. */
  height?: number
}

/**
 * The findings as a keyboard-driven listbox that renders only the rows in view, so thousands of findings
 * cost a few dozen DOM nodes. Focus stays on the list; the active option is announced through
 * aria-activedescendant. ↑/↓, Page Up/Down, Home/End move; Enter confirms; Delete unmarks.
 */
export function FindingsListbox({ rows, activeId, onActiveChange, onDecide, label, height = 336 }: FindingsListboxProps) {
  const { t } = useI18n()
  const [scrollTop, setScrollTop] = useState(0)
  const viewport = useRef<HTMLDivElement>(null)
  const indexes = findingIndexes(rows)
  const activeRow = rows.findIndex((r) => r.kind === 'finding' && r.key === activeId)
  const viewHeight = Math.min(height, Math.max(rows.length, 1) * ROW_HEIGHT)

  // Keep the active option in view (keyboard moves can jump past the rendered window).
  useEffect(() => {
    if (activeRow < 0) return
    const top = activeRow * ROW_HEIGHT
    const next = top < scrollTop ? Math.max(0, top - ROW_HEIGHT) : top + ROW_HEIGHT > scrollTop + viewHeight ? top + ROW_HEIGHT - viewHeight : scrollTop
    if (next !== scrollTop) {
      setScrollTop(next)
      if (viewport.current) viewport.current.scrollTop = next
    }
  }, [activeRow, scrollTop, viewHeight])

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN)
  const position = indexes.indexOf(activeRow)

  function move(to: number) {
    const index = indexes[Math.max(0, Math.min(indexes.length - 1, to))]
    const row = index === undefined ? undefined : rows[index]
    if (row?.kind === 'finding') onActiveChange(row.key)
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1)
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(position + 1),
      ArrowUp: () => move(position < 0 ? 0 : position - 1),
      PageDown: () => move(position + page),
      PageUp: () => move(position - page),
      Home: () => move(0),
      End: () => move(indexes.length - 1),
      Enter: () => activeId && onDecide(activeId, 'confirmed'),
      Delete: () => activeId && onDecide(activeId, 'dismissed'),
    }
    const action = keys[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  return (
    <Viewport
      ref={viewport}
      $height={viewHeight}
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={activeRow >= 0 ? `inventory-option-${activeRow}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => position < 0 && move(0)}
      onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: rows.length * ROW_HEIGHT }}>
        {rows.slice(first, last).map((row, offset) => {
          const index = first + offset
          if (row.kind === 'group') {
            return (
              <Slot key={row.key} $top={index * ROW_HEIGHT} role="presentation" aria-hidden>
                <GroupHeading group={row.group} count={row.count} />
              </Slot>
            )
          }
          const { finding } = row
          return (
            <Slot
              key={row.key}
              id={`inventory-option-${index}`}
              $top={index * ROW_HEIGHT}
              $isActive={index === activeRow}
              role="option"
              aria-selected={index === activeRow}
              aria-setsize={indexes.length}
              aria-posinset={indexes.indexOf(index) + 1}
              aria-label={t('inventory.review.optionLabel', {
                group: groupLabel(t, row.group),
                type: t(`inventory.piiType.${finding.type}`),
                state: t(`inventory.review.state.${finding.review}`),
              })}
              data-finding-id={finding.id}
              onClick={() => onActiveChange(finding.id)}
            >
              <Top>
                <SM isBold>{t(`inventory.piiType.${finding.type}`)}</SM>
                <ReviewStateTag state={finding.review} isSubject={finding.subject} />
              </Top>
              <SM>
                <FindingInContext finding={finding} isTruncated />
              </SM>
            </Slot>
          )
        })}
      </div>
    </Viewport>
  )
}

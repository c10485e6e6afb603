import { useEffect, type RefObject } from 'react'
import type { ZafClient } from '../zendesk/zaf-client'

/**
 * Tells Zendesk how tall the app is whenever its content changes, so the sidebar never shows an inner
 * scrollbar or a blank tail. Width stays 100%: flexible sidebars decide their own width.
 */
export function useAutoResize(client: ZafClient, ref: RefObject<HTMLElement | null>, maxHeight = 20_000): void {
  useEffect(() => {
    const element = ref.current
    if (!element) return
    let last = -1
    const report = () => {
      const height = Math.min(Math.ceil(element.getBoundingClientRect().height), maxHeight)
      if (height === last) return
      last = height
      void client.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => undefined)
    }
    report()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(report)
    observer.observe(element)
    return () => observer.disconnect()
  }, [client, ref, maxHeight])
}

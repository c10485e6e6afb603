import { useEffect, useState } from 'react'
import type { ZafClient } from '../zendesk/zaf-client'

export type ColorScheme = 'light' | 'dark'

// The event name is documented only as "a colorScheme change event" (reference §3.8): kept in one place.
export const COLOR_SCHEME_EVENT = 'colorScheme.changed'

/** Zendesk passes the agent's scheme as `?colorScheme=` so the first paint is already right. */
export function colorSchemeFromUrl(search: string): ColorScheme {
  return new URLSearchParams(search).get('colorScheme') === 'dark' ? 'dark' : 'light'
}

export function toColorScheme(value: unknown): ColorScheme | undefined {
  return value === 'dark' || value === 'light' ? value : undefined
}

/** Follows the agent's colour scheme: the initial value, what ZAF reports, and live changes. */
export function useColorScheme(client: ZafClient, initial: ColorScheme): ColorScheme {
  const [scheme, setScheme] = useState<ColorScheme>(initial)
  useEffect(() => {
    let alive = true
    client
      .get('colorScheme')
      .then((result) => {
        const value = toColorScheme(result.colorScheme)
        if (alive && value) setScheme(value)
      })
      .catch(() => undefined)
    const onChange = (data?: unknown) => {
      const value = toColorScheme(typeof data === 'object' && data ? (data as { colorScheme?: unknown }).colorScheme : data)
      if (value) setScheme(value)
    }
    client.on(COLOR_SCHEME_EVENT, onChange)
    return () => {
      alive = false
      client.off(COLOR_SCHEME_EVENT, onChange)
    }
  }, [client])
  return scheme
}

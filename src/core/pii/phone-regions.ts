import type { PhoneRegion, PiiLocale } from './types'

const BY_LOCALE: Record<PiiLocale, readonly PhoneRegion[]> = {
  en: ['US', 'GB'],
  fr: ['FR'],
  pt: ['PT', 'BR'],
  es: ['ES'],
}
const DEFAULT_ORDER: readonly PhoneRegion[] = ['FR', 'GB', 'US', 'ES', 'PT', 'BR']

/** National numbers are tried against these regions in order: explicit default, locale hints, the rest. */
export function phoneRegionOrder(locales: readonly PiiLocale[], defaultRegion?: PhoneRegion): PhoneRegion[] {
  const order: PhoneRegion[] = []
  const push = (r: PhoneRegion): void => {
    if (!order.includes(r)) order.push(r)
  }
  if (defaultRegion) push(defaultRegion)
  for (const l of locales) for (const r of BY_LOCALE[l] ?? []) push(r)
  for (const r of DEFAULT_ORDER) push(r)
  return order
}

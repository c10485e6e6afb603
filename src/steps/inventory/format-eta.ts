/** The translation key and count for "time left", rounded the way people say it. */
export function etaMessage(etaMs: number | undefined): { key: string; count?: number } | undefined {
  if (etaMs === undefined) return undefined
  if (etaMs < 60_000) return { key: 'inventory.progress.etaUnderMinute' }
  const minutes = Math.round(etaMs / 60_000)
  if (minutes < 90) return { key: 'inventory.progress.etaMinutes', count: minutes }
  return { key: 'inventory.progress.etaHours', count: Math.round((etaMs / 3_600_000) * 10) / 10 }
}

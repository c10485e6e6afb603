/**
 * Whether the admin switched the Sell connector on (`sell_enabled`, a checkbox in manifest.json). The
 * token itself is a secure setting the app never sees, so "on" only means "try"; a missing or wrong token
 * shows up as a 401 from Sell.
 */
export function isSellEnabled(settings: Record<string, unknown>): boolean {
  const value = settings.sell_enabled
  return value === true || value === 'true'
}

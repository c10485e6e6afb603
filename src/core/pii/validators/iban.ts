import { isValidIBAN } from 'ibantools'

/** Country length + BBAN structure + mod-97, delegated to ibantools; input may contain spaces. */
export function ibanValid(raw: string): boolean {
  const compact = raw.replace(/[ -]/g, '')
  if (compact.length < 15 || compact.length > 34) return false
  return isValidIBAN(compact)
}

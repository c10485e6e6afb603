import { allSameDigit } from './mod'

// SSA rules: area 000, 666 and 900-999 are never issued; group 00 and serial 0000 neither.
// A few numbers are notorious samples (Woolworth's wallet card, advertising examples).

const SAMPLES = new Set(['078051120', '219099999', '123456789', '987654320', '987654321', '987654322', '987654323', '987654324', '987654325', '987654326', '987654327', '987654328', '987654329'])

export function usSsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || allSameDigit(digits) || SAMPLES.has(digits)) return false
  const area = Number(digits.slice(0, 3))
  if (area === 0 || area === 666 || area >= 900) return false
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false
  return true
}

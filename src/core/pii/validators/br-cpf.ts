import { allSameDigit } from './mod'

// Brazilian CPF: 9 digits + 2 check digits (weights 10..2 then 11..2, mod 11).

function checkDigit(digits: string, length: number): number {
  let sum = 0
  for (let i = 0; i < length; i++) sum += (digits.charCodeAt(i) - 48) * (length + 1 - i)
  const rest = (sum * 10) % 11
  return rest === 10 ? 0 : rest
}

export function brCpfValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || allSameDigit(digits)) return false
  return checkDigit(digits, 9) === digits.charCodeAt(9) - 48 && checkDigit(digits, 10) === digits.charCodeAt(10) - 48
}

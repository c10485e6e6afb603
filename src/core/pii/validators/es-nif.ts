// Spanish DNI/NIF and NIE: the control letter is TRWAGMYFPDXBNJZSQVHLCKE[number mod 23].
// An NIE replaces its leading X/Y/Z by 0/1/2 before the same computation.

const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'

function controlLetter(num: number): string {
  return LETTERS.charAt(num % 23)
}

/** `digits` is 7 or 8 digits (short forms are left-padded), `letter` the control letter. */
export function esNifValid(digits: string, letter: string): boolean {
  if (!/^\d{7,8}$/.test(digits)) return false
  if (/^0+$/.test(digits)) return false
  return controlLetter(Number(digits)) === letter.toUpperCase()
}

/** `prefix` is X, Y or Z; `digits` exactly 7 digits. */
export function esNieValid(prefix: string, digits: string, letter: string): boolean {
  const p = 'XYZ'.indexOf(prefix.toUpperCase())
  if (p < 0 || !/^\d{7}$/.test(digits)) return false
  return controlLetter(Number(String(p) + digits)) === letter.toUpperCase()
}

// Italian codice fiscale: 16 characters, last one is a check letter computed from odd/even
// position tables. Omocodia replaces digits of the number positions by LMNPQRSTUV.

const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/

function valueOf(ch: number): number {
  return ch >= 48 && ch <= 57 ? ch - 48 : ch - 65
}

export function itFiscalCodeShape(code: string): boolean {
  return SHAPE.test(code)
}

export function itFiscalCodeValid(code: string): boolean {
  if (!SHAPE.test(code)) return false
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const v = valueOf(code.charCodeAt(i))
    sum += i % 2 === 0 ? (ODD[v] as number) : v
  }
  return String.fromCharCode(65 + (sum % 26)) === code.charAt(15)
}

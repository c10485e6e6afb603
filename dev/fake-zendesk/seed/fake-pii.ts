/**
 * Check-digit helpers so every planted identifier is structurally valid (a detector that verifies
 * checksums must accept them) while staying fake: example domains, fiction or test number ranges,
 * published test cards.
 */

function mod97(digits: string): number {
  let rest = 0
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97
  return rest
}

function lettersToDigits(text: string): string {
  return [...text.toUpperCase()].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('')
}

/** An IBAN with correct ISO 13616 check digits for `bban`, grouped by four like people write it. */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97(lettersToDigits(`${bban}${country}00`))
  const compact = `${country}${String(check).padStart(2, '0')}${bban}`
  return compact.replace(/(.{4})/g, '$1 ').trim()
}

/** The French RIB key of bank, branch and account codes (letters map to digits as the banks do). */
export function ribKey(bank: string, branch: string, account: string): string {
  const map = (s: string) => [...s.toUpperCase()].map((ch) => (/[A-Z]/.test(ch) ? String('123456789123456789234567890'.charAt(ch.charCodeAt(0) - 65)) : ch)).join('')
  const key = 97 - ((89 * Number(map(bank)) + 15 * Number(map(branch)) + 3 * Number(map(account))) % 97)
  return String(key).padStart(2, '0')
}

export function luhnValid(number: string): boolean {
  const digits = number.replace(/\D/g, '')
  let sum = 0
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return digits.length > 0 && sum % 10 === 0
}

/** French social security number (NIR): 13 digits plus the key 97 − (n mod 97). */
export function frenchNir(base13: string): string {
  const key = String(97 - mod97(base13)).padStart(2, '0')
  return `${base13[0]} ${base13.slice(1, 3)} ${base13.slice(3, 5)} ${base13.slice(5, 7)} ${base13.slice(7, 10)} ${base13.slice(10, 13)} ${key}`
}

/** Brazilian CPF with its two check digits, formatted 000.000.000-00. */
export function brazilCpf(base9: string): string {
  const digit = (digits: string) => {
    const weightStart = digits.length + 1
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (weightStart - i), 0)
    const rest = (sum * 10) % 11
    return rest === 10 ? 0 : rest
  }
  const first = digit(base9)
  const second = digit(`${base9}${first}`)
  return `${base9.slice(0, 3)}.${base9.slice(3, 6)}.${base9.slice(6, 9)}-${first}${second}`
}

/** Portuguese NIF: 8 digits plus a mod-11 check digit. */
export function portugueseNif(base8: string): string {
  const sum = [...base8].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0)
  const rest = sum % 11
  return `${base8}${rest < 2 ? 0 : 11 - rest}`
}

/** Spanish DNI: 8 digits plus the mod-23 control letter. */
export function spanishDni(number8: string): string {
  return `${number8}${'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(Number(number8) % 23)}`
}

const leaBank = { bank: '30004', branch: '00003', account: '04567891234' }

/** Every fake identifier the demo seed plants, in one place so tests can import the exact values. */
export const FAKE_PII = {
  lea: {
    iban: iban('FR', `${leaBank.bank}${leaBank.branch}${leaBank.account}${ribKey(leaBank.bank, leaBank.branch, leaBank.account)}`),
    card: '4111 1111 1111 1111',
    nir: frenchNir('2880475123456'),
    birthDate: '12/04/1988',
    birthDateIso: '1988-04-12',
    address: '12 rue des Lilas, 75011 Paris',
    newAddress: '8 avenue Jean Jaurès, 69007 Lyon',
    lisbonAddress: 'Rua das Flores 45, 1200-194 Lisboa',
    password: 'Soleil2024!',
  },
  karim: { phone: '+33 6 98 76 54 32', email: 'karim.benali@example.net' },
  ana: { nif: portugueseNif('23456789'), iban: iban('PT', '000201231234567890154') },
  joao: { cpf: brazilCpf('529982247') },
  leo: { cpf: brazilCpf('123456789') },
  carmen: { dni: spanishDni('12345678'), iban: iban('ES', '21000418450200051332') },
  isabel: { address: 'Calle de Alcalá 120, 28009 Madrid', phone: '+34 913 45 67 89' },
  john: { ssn: '987-65-4321', card: '4012 8888 8888 1881' },
  emily: { nino: 'QQ 12 34 56 C', iban: iban('GB', 'NWBK60161331926819') },
  sarah: { card: '5555 5555 5555 4444', birthDate: '1979-11-03' },
} as const

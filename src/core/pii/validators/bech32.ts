// BIP-173 (bech32, witness v0) and BIP-350 (bech32m, v1+) segwit address checks.

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
const BECH32M_CONST = 0x2bc830a3

function polymod(values: readonly number[]): number {
  let chk = 1
  for (const v of values) {
    const top = chk >>> 25
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (GEN[i] as number)) >>> 0
  }
  return chk
}

const SEGWIT_HRPS = new Set(['bc', 'tb', 'ltc', 'tltc'])

export function segwitAddressValid(address: string): boolean {
  if (address.length < 14 || address.length > 90) return false
  const lower = address.toLowerCase()
  if (lower !== address && address.toUpperCase() !== address) return false
  const sep = lower.lastIndexOf('1')
  if (sep < 1 || sep + 7 > lower.length) return false
  const hrp = lower.slice(0, sep)
  if (!SEGWIT_HRPS.has(hrp)) return false
  const data: number[] = []
  for (let i = sep + 1; i < lower.length; i++) {
    const v = CHARSET.indexOf(lower.charAt(i))
    if (v < 0) return false
    data.push(v)
  }
  const expanded: number[] = []
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) >> 5)
  expanded.push(0)
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) & 31)
  const check = polymod(expanded.concat(data))
  const version = data[0] as number
  if (version > 16) return false
  const program = data.length - 7
  const programBytes = Math.floor((program * 5) / 8)
  if (programBytes < 2 || programBytes > 40) return false
  if (version === 0) return check === 1 && (programBytes === 20 || programBytes === 32)
  return check === BECH32M_CONST
}

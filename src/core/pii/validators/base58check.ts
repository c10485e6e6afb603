import { sha256 } from './sha256'

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const INDEX = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i

export function base58Decode(s: string): Uint8Array | undefined {
  const bytes: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    let carry = c < 128 ? (INDEX[c] as number) : -1
    if (carry < 0) return undefined
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] as number) * 58
      bytes[j] = carry & 0xff
      carry >>= 8
    }
    while (carry > 0) {
      bytes.push(carry & 0xff)
      carry >>= 8
    }
  }
  for (let i = 0; i < s.length && s.charCodeAt(i) === 49; i++) bytes.push(0)
  return Uint8Array.from(bytes.reverse())
}

/** Bitcoin P2PKH/P2SH (mainnet 0x00/0x05, testnet 0x6f/0xc4): 25 bytes with a double-SHA-256 checksum. */
export function bitcoinBase58Valid(address: string): boolean {
  if (address.length < 26 || address.length > 35) return false
  const bytes = base58Decode(address)
  if (!bytes || bytes.length !== 25) return false
  const version = bytes[0]
  if (version !== 0x00 && version !== 0x05 && version !== 0x6f && version !== 0xc4) return false
  const payload = bytes.subarray(0, 21)
  const check = sha256(sha256(payload))
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[21 + i]) return false
  return true
}

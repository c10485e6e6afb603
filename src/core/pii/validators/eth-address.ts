import { keccak256 } from './keccak256'

export type EthChecksum = 'valid' | 'invalid' | 'none'

/**
 * EIP-55: in a mixed-case address, hex letter i is uppercase iff nibble i of keccak(lowercase hex)
 * is ≥ 8. All-lowercase/all-uppercase addresses carry no checksum at all.
 */
export function ethChecksum(address: string): EthChecksum {
  const hex = address.slice(2)
  const lower = hex.toLowerCase()
  if (hex === lower || hex === hex.toUpperCase()) return 'none'
  const bytes = new Uint8Array(lower.length)
  for (let i = 0; i < lower.length; i++) bytes[i] = lower.charCodeAt(i)
  const hash = keccak256(bytes)
  for (let i = 0; i < 40; i++) {
    const c = hex.charCodeAt(i)
    if (c < 65) continue
    const byte = hash[i >> 1] as number
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 15
    const upper = c <= 90
    if ((nibble >= 8) !== upper) return 'invalid'
  }
  return 'valid'
}

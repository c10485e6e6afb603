import { hasContext } from '../context-words'
import { bitcoinBase58Valid } from '../validators/base58check'
import { segwitAddressValid } from '../validators/bech32'
import { ethChecksum } from '../validators/eth-address'
import { prescanOf } from './cue-words'
import { emit, type ScanContext } from './scan-context'

// Bitcoin (base58check and bech32/bech32m) and Ethereum addresses. Checksums make these
// near-certain; an Ethereum address without EIP-55 casing only counts with wallet context.

// Mainnet P2PKH/P2SH only: testnet prefixes m/n/2 would make the scan stop at every 'm' and 'n'.
const BASE58 = /(?<![A-Za-z0-9])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/y
const SEGWIT = /(?<![A-Za-z0-9])(?:bc|tb|ltc|BC|TB|LTC)1[0-9A-Za-z]{6,87}(?![A-Za-z0-9])/y
const ETH = /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/y

/** Every address is a whole letter/digit token holding a digit: try the sticky pattern on each. */
function each(ctx: ScanContext, re: RegExp, fits: (first: number, length: number) => boolean, fn: (m: RegExpExecArray) => void): void {
  const tokens = prescanOf(ctx).digitTokens
  for (let k = 0; k < tokens.length; k += 2) {
    const s = tokens[k] as number
    if (!fits(ctx.text.charCodeAt(s), (tokens[k + 1] as number) - s)) continue
    re.lastIndex = s
    const m = re.exec(ctx.text)
    if (m) fn(m)
  }
}

export function recognizeCrypto(ctx: ScanContext): void {
  if (!ctx.enabled.has('CRYPTO_WALLET')) return
  const { text } = ctx
  each(ctx, BASE58, (c, n) => (c === 49 || c === 51) && n >= 26 && n <= 35, (m) => {
    if (bitcoinBase58Valid(m[0])) emit(ctx, 'CRYPTO_WALLET', m.index, m.index + m[0].length, 0.9, 'btc-base58check')
  })
  each(ctx, SEGWIT, (c, n) => (c === 98 || c === 116 || c === 108 || c === 66 || c === 84 || c === 76) && n >= 9, (m) => {
    if (segwitAddressValid(m[0])) emit(ctx, 'CRYPTO_WALLET', m.index, m.index + m[0].length, 0.9, 'btc-bech32')
  })
  each(ctx, ETH, (c, n) => c === 48 && n === 42, (m) => {
    const check = ethChecksum(m[0])
    if (check === 'invalid') return
    const end = m.index + m[0].length
    const context = hasContext(text, m.index, end, 'CRYPTO_WALLET')
    const confidence = check === 'valid' ? 0.9 : context ? 0.8 : 0.45
    emit(ctx, 'CRYPTO_WALLET', m.index, end, confidence, check === 'valid' ? 'eth-eip55' : 'eth-unchecked')
  })
}

// Minimal Keccak-256 (the pre-NIST padding Ethereum uses) for EIP-55 checksums. Lanes are
// kept as pairs of 32-bit halves because BigInt would be far slower.

const RC_HI = new Uint32Array(24)
const RC_LO = new Uint32Array(24)
{
  // Round constants from the LFSR defined in the Keccak reference.
  let r = 1
  for (let round = 0; round < 24; round++) {
    let hi = 0
    let lo = 0
    for (let j = 0; j < 7; j++) {
      r = ((r << 1) ^ ((r >> 7) * 0x71)) & 0xff
      if (r & 2) {
        const bit = (1 << j) - 1
        if (bit < 32) lo ^= 1 << bit
        else hi ^= 1 << (bit - 32)
      }
    }
    RC_HI[round] = hi
    RC_LO[round] = lo
  }
}

const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14]

function keccakF(s: Uint32Array): void {
  const c = new Uint32Array(10)
  const b = new Uint32Array(50)
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) {
      c[x * 2] = (s[x * 2] as number) ^ (s[x * 2 + 10] as number) ^ (s[x * 2 + 20] as number) ^ (s[x * 2 + 30] as number) ^ (s[x * 2 + 40] as number)
      c[x * 2 + 1] = (s[x * 2 + 1] as number) ^ (s[x * 2 + 11] as number) ^ (s[x * 2 + 21] as number) ^ (s[x * 2 + 31] as number) ^ (s[x * 2 + 41] as number)
    }
    for (let x = 0; x < 5; x++) {
      const nx = ((x + 1) % 5) * 2
      const px = ((x + 4) % 5) * 2
      const lo = (c[nx] as number)
      const hi = (c[nx + 1] as number)
      const dLo = (c[px] as number) ^ ((lo << 1) | (hi >>> 31))
      const dHi = (c[px + 1] as number) ^ ((hi << 1) | (lo >>> 31))
      for (let y = 0; y < 25; y += 5) {
        s[(y + x) * 2] = (s[(y + x) * 2] as number) ^ dLo
        s[(y + x) * 2 + 1] = (s[(y + x) * 2 + 1] as number) ^ dHi
      }
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const i = x + 5 * y
        const lo = s[i * 2] as number
        const hi = s[i * 2 + 1] as number
        const r = ROT[i] as number
        let rLo = lo
        let rHi = hi
        if (r >= 32) {
          rLo = hi
          rHi = lo
        }
        const k = r % 32
        const outLo = k === 0 ? rLo : (rLo << k) | (rHi >>> (32 - k))
        const outHi = k === 0 ? rHi : (rHi << k) | (rLo >>> (32 - k))
        const j = y + 5 * ((2 * x + 3 * y) % 5)
        b[j * 2] = outLo
        b[j * 2 + 1] = outHi
      }
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = (y + x) * 2
        const i1 = (y + ((x + 1) % 5)) * 2
        const i2 = (y + ((x + 2) % 5)) * 2
        s[i] = (b[i] as number) ^ (~(b[i1] as number) & (b[i2] as number))
        s[i + 1] = (b[i + 1] as number) ^ (~(b[i1 + 1] as number) & (b[i2 + 1] as number))
      }
    }
    s[0] = (s[0] as number) ^ (RC_LO[round] as number)
    s[1] = (s[1] as number) ^ (RC_HI[round] as number)
  }
}

export function keccak256(data: Uint8Array): Uint8Array {
  const rate = 136
  const blocks = Math.floor(data.length / rate) + 1
  const padded = new Uint8Array(blocks * rate)
  padded.set(data)
  padded[data.length] = (padded[data.length] as number) ^ 0x01
  padded[padded.length - 1] = (padded[padded.length - 1] as number) ^ 0x80
  const s = new Uint32Array(50)
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 4; i++) {
      const p = off + i * 4
      const word = (padded[p] as number) | ((padded[p + 1] as number) << 8) | ((padded[p + 2] as number) << 16) | ((padded[p + 3] as number) << 24)
      s[i] = (s[i] as number) ^ word
    }
    keccakF(s)
  }
  const out = new Uint8Array(32)
  for (let i = 0; i < 8; i++) {
    const w = s[i] as number
    out[i * 4] = w & 0xff
    out[i * 4 + 1] = (w >>> 8) & 0xff
    out[i * 4 + 2] = (w >>> 16) & 0xff
    out[i * 4 + 3] = (w >>> 24) & 0xff
  }
  return out
}

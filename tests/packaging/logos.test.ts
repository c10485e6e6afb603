// @vitest-environment node
// The committed logos must be real RGBA PNGs of the sizes Zendesk's scaffolds use, and exactly
// what tools/make-logos.mjs draws (decoded here independently with node:zlib).
import { readFileSync } from 'node:fs'
import { crc32, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

interface Png {
  width: number
  height: number
  colorType: number
  bitDepth: number
  rgba: Uint8Array
}

function decodePng(file: Buffer): Png {
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  let offset = 8
  let ihdr: Buffer | undefined
  const idat: Buffer[] = []
  for (;;) {
    const length = file.readUInt32BE(offset)
    const type = file.toString('latin1', offset + 4, offset + 8)
    const data = file.subarray(offset + 8, offset + 8 + length)
    expect(file.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(crc32(file.subarray(offset + 4, offset + 8 + length)))
    if (type === 'IHDR') ihdr = data
    if (type === 'IDAT') idat.push(data)
    offset += 12 + length
    if (type === 'IEND') break
  }
  expect(offset).toBe(file.length)
  if (!ihdr) throw new Error('no IHDR')
  const width = ihdr.readUInt32BE(0)
  const height = ihdr.readUInt32BE(4)
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * 4
  expect(raw.length).toBe(height * (stride + 1))
  const rgba = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? -1
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i] ?? 0
      const a = i >= 4 ? (rgba[y * stride + i - 4] ?? 0) : 0
      const b = y > 0 ? (rgba[(y - 1) * stride + i] ?? 0) : 0
      const c = i >= 4 && y > 0 ? (rgba[(y - 1) * stride + i - 4] ?? 0) : 0
      const p = a + b - c
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]
      if (predictor === undefined) throw new Error(`bad filter ${filter} on row ${y}`)
      rgba[y * stride + i] = (x + predictor) & 0xff
    }
  }
  return { width, height, bitDepth: ihdr[8] ?? 0, colorType: ihdr[9] ?? 0, rgba }
}

type LogoModule = { drawLogo: (size: number) => Uint8Array; LOGOS: [string, number][] }
const generator = new URL('../../tools/make-logos.mjs', import.meta.url).href

describe.each([
  ['assets/logo.png', 320],
  ['assets/logo-small.png', 128],
])('%s', (path, size) => {
  const png = decodePng(readFileSync(new URL(`../../${path}`, import.meta.url)))

  it(`is a ${size}x${size} 8-bit RGBA PNG with valid chunks`, () => {
    expect(png).toMatchObject({ width: size, height: size, bitDepth: 8, colorType: 6 })
  })

  it('has transparent corners and an opaque centre', () => {
    const alphaAt = (x: number, y: number) => png.rgba[(y * size + x) * 4 + 3]
    expect(alphaAt(0, 0)).toBe(0)
    expect(alphaAt(size - 1, size - 1)).toBe(0)
    expect(alphaAt(size / 2, size / 2)).toBe(255)
  })

  it('is anti-aliased (edge pixels are partly transparent)', () => {
    const alphas = new Set<number>()
    for (let i = 3; i < png.rgba.length; i += 4) alphas.add(png.rgba[i] ?? 0)
    expect(alphas.size).toBeGreaterThan(10)
  })

  it('matches what tools/make-logos.mjs draws', async () => {
    const { drawLogo, LOGOS } = (await import(/* @vite-ignore */ generator)) as LogoModule
    expect(LOGOS).toContainEqual([path, size])
    expect(Buffer.from(png.rgba).equals(Buffer.from(drawLogo(size)))).toBe(true)
  })
})

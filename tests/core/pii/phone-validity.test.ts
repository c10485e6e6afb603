// @vitest-environment node
import fc from 'fast-check'
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { describe, expect, test } from 'vitest'
import { validInternationalDigits, validNationalDigits } from '../../../src/core/pii/recognizers/phone-validity'

// The compiled-metadata validator must give exactly the library's answer. Inputs are biased
// towards real-looking prefixes (trunk 0, IDD 00/011, calling code without '+', BR carrier
// codes, NANP area codes) so that valid and invalid numbers are both frequent.

const REGIONS = ['FR', 'GB', 'US', 'ES', 'PT', 'BR'] as const
const PREFIXES = ['', '0', '00', '011', '1', '33', '44', '34', '351', '55', '06', '07', '01', '020', '0161', '9', '91', '21', '6', '0 15', '015', '021', '0800', '0044', '0033', '1800', '212', '416']
const CODES = ['1', '7', '20', '27', '30', '31', '32', '33', '34', '36', '39', '41', '44', '49', '52', '54', '55', '61', '81', '86', '91', '212', '351', '352', '353', '376', '590', '800', '808', '870', '882', '883', '888', '979', '0', '999']

const digits = (min: number, max: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max })
const libNational = (d: string, region: string): boolean => parsePhoneNumberFromString(d, region as CountryCode)?.isValid() ?? false
const libInternational = (d: string): boolean => parsePhoneNumberFromString('+' + d)?.isValid() ?? false

describe('phone validity matches libphonenumber-js', () => {
  test('national numbers in every supported region', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIONS), fc.constantFrom(...PREFIXES), digits(4, 13), (region, prefix, rest) => {
        const d = (prefix + rest).replace(/ /g, '')
        expect(validNationalDigits(d, region)).toBe(libNational(d, region))
      }),
      { numRuns: 6000, seed: 42 },
    )
  })

  test('international numbers for many calling codes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODES), digits(3, 14), (code, rest) => {
        expect(validInternationalDigits(code + rest)).toBe(libInternational(code + rest))
      }),
      { numRuns: 6000, seed: 7 },
    )
  })

  test('known valid and invalid examples', () => {
    const national: [string, string][] = [
      ['0612345678', 'FR'], ['0145678910', 'FR'], ['02079460958', 'GB'], ['07700900123', 'GB'], ['4155550132', 'US'],
      ['14155550132', 'US'], ['4165550199', 'US'], ['2125550100', 'US'], ['612345678', 'ES'], ['912345678', 'PT'],
      ['11912345678', 'BR'], ['011912345678', 'BR'], ['5511912345678', 'BR'], ['0015511912345678', 'BR'], ['3755550123', 'US'],
    ]
    for (const [d, r] of national) expect([d, r, validNationalDigits(d, r)]).toEqual([d, r, libNational(d, r)])
    for (const d of ['33612345678', '442079460958', '14155550132', '351912345678', '5521987654321', '34612345678', '8001234567', '0033612345678', '1']) {
      expect([d, validInternationalDigits(d)]).toEqual([d, libInternational(d)])
    }
  })
})

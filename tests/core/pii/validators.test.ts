// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { bitcoinBase58Valid } from '../../../src/core/pii/validators/base58check'
import { segwitAddressValid } from '../../../src/core/pii/validators/bech32'
import { brCpfValid } from '../../../src/core/pii/validators/br-cpf'
import { cardIssuer } from '../../../src/core/pii/validators/card-issuer'
import { esNieValid, esNifValid } from '../../../src/core/pii/validators/es-nif'
import { ethChecksum } from '../../../src/core/pii/validators/eth-address'
import { frNirValid } from '../../../src/core/pii/validators/fr-nir'
import { ibanValid } from '../../../src/core/pii/validators/iban'
import { ipv4Valid, ipv6Valid } from '../../../src/core/pii/validators/ip-address'
import { itFiscalCodeValid } from '../../../src/core/pii/validators/it-fiscal-code'
import { keccak256 } from '../../../src/core/pii/validators/keccak256'
import { luhnValid } from '../../../src/core/pii/validators/luhn'
import { ptNifValid } from '../../../src/core/pii/validators/pt-nif'
import { sha256 } from '../../../src/core/pii/validators/sha256'
import { ukNhsValid } from '../../../src/core/pii/validators/uk-nhs'
import { ukNinoValid } from '../../../src/core/pii/validators/uk-nino'
import { usSsnValid } from '../../../src/core/pii/validators/us-ssn'

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('hashes', () => {
  test.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['a'.repeat(200), 'c2a908d98f5df987ade41b5fce213067efbcc21ef2240212a41e54b5e7c28ae5'],
  ])('sha256(%j)', (input, digest) => expect(hex(sha256(utf8(input)))).toBe(digest))

  test.each([
    ['', 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'],
    ['abc', '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45'],
  ])('keccak256(%j)', (input, digest) => expect(hex(keccak256(utf8(input)))).toBe(digest))
})

describe('cards', () => {
  test.each([
    ['4111111111111111', 'visa'], ['5555555555554444', 'mastercard'], ['371449635398431', 'amex'], ['6011000400000000', 'discover'],
    ['3528000700000000', 'jcb'], ['30569309025904', 'diners'], ['5019717010103742', 'maestro'], ['2223003122003222', 'mastercard'],
  ])('%s is a Luhn-valid %s', (n, issuer) => {
    expect(luhnValid(n)).toBe(true)
    expect(cardIssuer(n)).toBe(issuer)
  })
  test.each(['4111111111111112', '4012888888881882', '36168002586008'])('%s fails Luhn', (n) => expect(luhnValid(n)).toBe(false))
  test.each(['7000000000000009', '9999999999999995', '0000000000000000'])('%s has no issuer', (n) => expect(cardIssuer(n)).toBeUndefined())
})

describe('IBAN', () => {
  test.each(['FR1420041010050500013M02606', 'DE89 3704 0044 0532 0130 00', 'GB29NWBK60161331926819', 'PT50000201231234567890154', 'ES9121000418450200051332', 'BR9700360305000010009795493P1'])('%s valid', (v) => expect(ibanValid(v)).toBe(true))
  test.each(['FR1420041010050500013M02607', 'DE89 3704 0044 0532 0130 01', 'GB29 1WBK 6016 1331 9268 19', 'XX00123', 'AL47 212A 1009 0000 0002 3569 8741'])('%s invalid', (v) => expect(ibanValid(v)).toBe(false))
})

describe('national identifiers', () => {
  test.each([
    ['FR NIR', () => frNirValid('184127645108946')],
    ['FR NIR Corsica 2A', () => frNirValid('2 55 08 2A 004 128 64')],
    ['FR NIR Corsica 2B', () => frNirValid('169052B12345668')],
    ['ES NIF', () => esNifValid('12345678', 'Z')],
    ['ES NIF short', () => esNifValid('01111111', 'G')],
    ['ES NIE X', () => esNieValid('X', '1234567', 'L')],
    ['ES NIE Y', () => esNieValid('Y', '8063915', 'Z')],
    ['PT NIF', () => ptNifValid('123456789')],
    ['PT NIF company', () => ptNifValid('501964843')],
    ['BR CPF', () => brCpfValid('12345678909')],
    ['UK NHS', () => ukNhsValid('4010232137')],
    ['UK NINO', () => ukNinoValid('AB', '123456', 'C')],
    ['US SSN', () => usSsnValid('078051121')],
    ['IT codice fiscale', () => itFiscalCodeValid('RSSMRA85T10A562S')],
    ['IT codice fiscale (omocodia)', () => itFiscalCodeValid('AAAAAA00B11C333Y')],
  ])('%s accepts a valid value', (_name, check) => expect(check()).toBe(true))

  test.each([
    ['FR NIR wrong key', () => frNirValid('184127645108947')],
    ['FR NIR bad month', () => frNirValid('184137645108946')],
    ['ES NIF wrong letter', () => esNifValid('12345678', 'A')],
    ['ES NIE wrong letter', () => esNieValid('Y', '8063915', 'Q')],
    ['ES NIE bad prefix', () => esNieValid('W', '8063915', 'Z')],
    ['PT NIF wrong check', () => ptNifValid('123456780')],
    ['PT NIF bad prefix', () => ptNifValid('423456789')],
    ['BR CPF wrong check', () => brCpfValid('12345678900')],
    ['BR CPF repeated digits', () => brCpfValid('11111111111')],
    ['UK NHS wrong check', () => ukNhsValid('4010232138')],
    ['UK NINO banned prefix', () => ukNinoValid('BG', '123456', 'A')],
    ['UK NINO bad first letter', () => ukNinoValid('DA', '123456', 'A')],
    ['UK NINO bad suffix', () => ukNinoValid('AB', '123456', 'E')],
    ['US SSN area 666', () => usSsnValid('666123456')],
    ['US SSN area 9xx', () => usSsnValid('912345678')],
    ['US SSN group 00', () => usSsnValid('078001123')],
    ['US SSN serial 0000', () => usSsnValid('078050000')],
    ['US SSN advertising sample', () => usSsnValid('078051120')],
    ['IT codice fiscale wrong check', () => itFiscalCodeValid('RSSMRA85T10A562T')],
  ])('%s is rejected', (_name, check) => expect(check()).toBe(false))
})

describe('crypto addresses', () => {
  test.each(['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'])('base58check %s', (a) => expect(bitcoinBase58Valid(a)).toBe(true))
  test.each(['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2', '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1Boya', '0OIl'])('bad base58check %s', (a) => expect(bitcoinBase58Valid(a)).toBe(false))
  test.each(['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ'])('segwit %s', (a) => expect(segwitAddressValid(a)).toBe(true))
  test.each(['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr', 'bc1Qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'xx1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'])('bad segwit %s', (a) => expect(segwitAddressValid(a)).toBe(false))
  test.each([
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'valid'],
    ['0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', 'valid'],
    ['0xdbF03B407c01E7cD3CBea99509d93f8DDdC8C6FB', 'invalid'],
    ['0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', 'none'],
  ])('EIP-55 %s → %s', (a, expected) => expect(ethChecksum(a)).toBe(expected))
})

describe('IP addresses', () => {
  test.each(['192.168.0.1', '0.0.0.0', '255.255.255.255'])('IPv4 %s', (a) => expect(ipv4Valid(a)).toBe(true))
  test.each(['256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5'])('not IPv4 %s', (a) => expect(ipv4Valid(a)).toBe(false))
  test.each(['2001:db8::1', '::', '::1', 'fe80::1%eth0', '::ffff:192.0.2.1', '0:0:0:0:0:FFFF:129.144.52.38', '2345:0425:2CA1:0000:0000:0567:5673:23b5'])('IPv6 %s', (a) => expect(ipv6Valid(a)).toBe(true))
  test.each(['2001::db8::1', '12345:db8::1', 'gggg::1', '684D:1111:222:3333:4444:5555:77', '::ffff:256.0.0.1', ':::'])('not IPv6 %s', (a) => expect(ipv6Valid(a)).toBe(false))
})

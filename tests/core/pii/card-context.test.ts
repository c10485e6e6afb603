// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { detectPii } from '../../../src/core/pii/index'

// A Luhn-valid, issuer-shaped number labelled as an order, invoice, tracking or reference
// number is a business identifier, unless a card word is also near it.

const cards = (text: string): string[] => detectPii(text).filter((m) => m.type === 'CREDIT_CARD').map((m) => m.value)

describe('CREDIT_CARD and business-number labels', () => {
  test.each([
    ['en', 'Order number 4111 1111 1111 1111 was cancelled and refunded.'],
    ['en', 'Invoice #4111-1111-1111-1111 is attached.'],
    ['en', 'Tracking: 4111111111111111'],
    ['en', 'ref. 5555 5555 5555 4444'],
    ['fr', 'Commande n° 4111 1111 1111 1111 annulée.'],
    ['fr', 'Facture 5555555555554444 payée.'],
    ['fr', 'réf. 4111 1111 1111 1111'],
    ['pt', 'Pedido nº 4111 1111 1111 1111 foi cancelado.'],
    ['pt', 'Número de rastreamento 4111111111111111.'],
    ['pt', 'Fatura 5555 5555 5555 4444 em atraso.'],
    ['es', 'Número de seguimiento: 4111111111111111.'],
    ['es', 'Factura 4111 1111 1111 1111 pendiente de pago.'],
  ])('[%s] no card in %j', (_lang, text) => {
    expect(cards(text)).toEqual([])
  })

  test.each([
    ['en', 'Order 12345678 was paid with card 4111 1111 1111 1111.', '4111 1111 1111 1111'],
    ['en', 'Order number 4111 1111 1111 1111 (Visa card)', '4111 1111 1111 1111'],
    ['en', 'My card 4111 1111 1111 1111 was charged twice for order #1234567.', '4111 1111 1111 1111'],
    ['fr', 'Commande 1234567 réglée avec la carte 5555 5555 5555 4444.', '5555 5555 5555 4444'],
    ['es', 'Pagué el pedido 123456 con la tarjeta 4111-1111-1111-1111.', '4111-1111-1111-1111'],
    ['en', 'The order was paid by 4111 1111 1111 1111 yesterday.', '4111 1111 1111 1111'],
  ])('[%s] card kept in %j', (_lang, text, value) => {
    expect(cards(text)).toEqual([value])
  })

  test('the label only lowers the score: it is still visible with minConfidence 0', () => {
    const [m] = detectPii('Order number 4111 1111 1111 1111', { minConfidence: 0 }).filter((x) => x.type === 'CREDIT_CARD')
    expect(m?.confidence).toBeLessThan(0.5)
    expect(m?.confidence).toBeGreaterThan(0)
  })
})

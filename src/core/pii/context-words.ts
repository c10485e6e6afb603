// Nearby words in en/fr/pt/es that make a weakly-shaped value more (or less) likely to be a
// given kind of personal data. Words are written folded (lowercase, no accents) because the
// window is folded before matching.

export type ContextKey =
  | 'PHONE' | 'CREDIT_CARD' | 'IBAN' | 'IP_ADDRESS' | 'US_SSN' | 'UK_NINO' | 'UK_NHS' | 'FR_NIR'
  | 'ES_NIF' | 'ES_NIE' | 'PT_NIF' | 'BR_CPF' | 'IT_FISCAL_CODE' | 'CRYPTO_WALLET' | 'NOT_PERSONAL'

const WORDS: Record<ContextKey, readonly string[]> = {
  PHONE: [
    'phone', 'telephone', 'tel', 'tel.', 'mobile', 'cell', 'cellphone', 'call', 'call me', 'ring', 'whatsapp', 'sms', 'text me', 'reach me',
    'portable', 'fixe', 'appelez', 'appeler', 'rappeler', 'joindre', 'joignable',
    'telefone', 'telemovel', 'celular', 'movel', 'ligar', 'ligue', 'contacto', 'contato', 'whats',
    'telefono', 'movil', 'llamar', 'llame', 'llamenme', 'fax',
  ],
  CREDIT_CARD: [
    'card', 'credit card', 'debit card', 'visa', 'mastercard', 'amex', 'american express', 'cc',
    'carte', 'carte bancaire', 'cb', 'carte de credit', 'cartao', 'cartao de credito', 'tarjeta', 'tarjeta de credito', 'pan',
  ],
  IBAN: ['iban', 'rib', 'bank account', 'account', 'compte', 'virement', 'nib', 'conta', 'cuenta', 'transferencia', 'bic', 'swift'],
  IP_ADDRESS: ['ip', 'ip address', 'ipv4', 'ipv6', 'adresse ip', 'endereco ip', 'direccion ip', 'server', 'host', 'gateway', 'subnet', 'logged in from', 'connexion'],
  US_SSN: ['ssn', 'ssn#', 'social security', 'social security number', 'ss#', 'ssa', 'tin', 'itin'],
  UK_NINO: ['nino', 'national insurance', 'ni number', 'ni no', 'nin'],
  UK_NHS: ['nhs', 'nhs number', 'nhs no', 'health service', 'gp'],
  FR_NIR: ['secu', 'securite sociale', 'numero de securite sociale', 'nir', 'insee', 'carte vitale', 'vitale', 'ss'],
  ES_NIF: ['dni', 'nif', 'documento nacional', 'identidad', 'documento de identidad', 'd.n.i'],
  ES_NIE: ['nie', 'extranjero', 'extranjeria', 'tie', 'n.i.e'],
  PT_NIF: ['nif', 'contribuinte', 'numero fiscal', 'identificacao fiscal', 'nipc', 'n.i.f'],
  BR_CPF: ['cpf', 'cadastro de pessoa', 'c.p.f'],
  IT_FISCAL_CODE: ['codice fiscale', 'fiscal code', 'cf', 'c.f', 'tessera sanitaria', 'codigo fiscal'],
  CRYPTO_WALLET: ['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'crypto', 'usdt', 'metamask', 'portefeuille', 'carteira', 'cartera', 'billetera', 'monedero'],
  NOT_PERSONAL: [
    'order', 'order number', 'order no', 'commande', 'pedido', 'encomenda', 'invoice', 'facture', 'fatura', 'factura',
    'tracking', 'suivi', 'colis', 'rastreio', 'rastreamento', 'seguimiento', 'shipment', 'parcel', 'envio',
    'ref', 'ref.', 'reference', 'referencia', 'ticket', 'case', 'sku', 'serial', 'model', 'modelo', 'modele',
    'version', 'versao', 'build', 'release', 'amount', 'montant', 'total', 'price', 'prix', 'preco', 'precio', 'valor',
    'transaction', 'transacao', 'transaccion', 'lot', 'batch', 'product', 'produit', 'produto', 'producto',
    'item', 'article', 'artigo', 'articulo', 'siret', 'siren', 'vat', 'tva', 'protocolo', 'protocol', 'confirmation',
    'booking', 'reservation', 'reserva', 'voucher', 'coupon', 'cupom', 'cupon', 'receipt', 'recu', 'recibo', 'serie', 'imei',
    'n°', 'nº', 'no.', '#',
  ],
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function compile(words: readonly string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escape)
  return new RegExp(`(?:^|[^a-z0-9])(?:${sorted.join('|')})(?![a-z0-9])`)
}

const COMPILED = Object.fromEntries(
  (Object.keys(WORDS) as ContextKey[]).map((k) => [k, compile(WORDS[k])]),
) as Record<ContextKey, RegExp>

/** The folded text around [start, end) in which context words are looked for. */
export function contextWindow(text: string, start: number, end: number, before = 40, after = 20): string {
  const left = text.slice(Math.max(0, start - before), start)
  const right = after > 0 ? text.slice(end, Math.min(text.length, end + after)) : ''
  const lower = (left + ' | ' + right).toLowerCase()
  // Windows are short and need not keep offsets, so native NFD beats the length-preserving fold.
  return hasNonAscii(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'") : lower
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 126) return true
  return false
}

export function windowHas(window: string, key: ContextKey): boolean {
  return COMPILED[key].test(window)
}

/** True when a context word for `key` appears shortly before (or just after) [start, end). */
export function hasContext(text: string, start: number, end: number, key: ContextKey, before = 40, after = 20): boolean {
  return COMPILED[key].test(contextWindow(text, start, end, before, after))
}

/** Words announcing business identifiers (orders, invoices, versions) right before a number. */
export function hasNegativeContext(text: string, start: number): boolean {
  return hasContext(text, start, start, 'NOT_PERSONAL', 24, 0)
}

// An order/invoice/tracking word, then only "number", "no.", "#", ":"… up to the value itself.
const BUSINESS_NUMBER_BEFORE = new RegExp(
  '(?:^|[^a-z0-9])(?:orders?|commande|pedido|encomenda|tracking|rastreamento|rastreio|seguimiento|suivi|invoice|facture|fatura|factura|' +
    'ref|reference|referencia|receipt|recu|recibo)' +
    '(?:[\\s#:.,°º()-]|(?:number|no|num|numero|nr|n|id|code|codigo|de|do|da|del|du)(?![a-z0-9]))*$',
)

/** A business-number label ("Order number", "réf.", "pedido nº") sits directly before `start`. */
export function businessNumberBefore(text: string, start: number): boolean {
  return BUSINESS_NUMBER_BEFORE.test(contextWindow(text, start, start, 40, 0).slice(0, -3))
}

import { FAKE_PII } from './fake-pii'
import {
  DEMO_AGENT_EN_ID as TOM,
  DEMO_AGENT_ID as SOFIA,
  DEMO_AGENT_PT_ID as INES,
  DEMO_ANA_ID as ANA,
  DEMO_CARMEN_ID as CARMEN,
  DEMO_DELETED_USER_ID as FORMER,
  DEMO_EMILY_ID as EMILY,
  DEMO_GROUP_BILLING_ID as BILLING,
  DEMO_GROUP_SUPPORT_ID as SUPPORT,
  DEMO_JOAO_ID as JOAO,
  DEMO_JOHN_ID as JOHN,
  DEMO_LEO_ID as LEO,
  DEMO_LIGHT_AGENT_ID as JULIEN,
  DEMO_LUCIA_ID as LUCIA,
  DEMO_MARC_ID as MARC,
  DEMO_OWNER_ID as CAMILLE,
  DEMO_PIERRE_ID as PIERRE,
  DEMO_SARAH_ID as SARAH,
  DEMO_SHARED_USER_ID as NADIA,
  DEMO_SUSPENDED_USER_ID as MAILER,
} from './demo-people'
import type { SeedLocale, TicketSpec } from './ticket-builder'

/**
 * Tickets with nothing to do with the demo subject — other people's personal data included — so an
 * inventory can prove it finds nothing here. Some are near misses on purpose: Léo Martins (a prefix of
 * the subject's surname matches), a shop in "rue Saint-Martin", a colleague from her organisation.
 */

export const NEAR_MISS_TICKET_KEYS = ['leo-martins-order', 'leo-martins-warranty', 'pierre-saint-martin', 'marc-wifi']

function simple(
  key: string,
  daysAgo: number,
  status: TicketSpec['status'],
  locale: SeedLocale,
  requester: number,
  agent: number,
  subject: string,
  question: string,
  answer?: string,
  extra: Partial<TicketSpec> = {},
): TicketSpec {
  const comments: TicketSpec['comments'] = [{ by: requester, text: question }]
  if (answer) comments.push({ by: agent, text: answer })
  return { key, daysAgo, status, locale, requester, assignee: status === 'new' ? null : agent, group: SUPPORT, subject, comments, ...extra }
}

const p = FAKE_PII

export const UNRELATED_TICKETS: TicketSpec[] = [
  simple('john-refund', 400, 'archived', 'en', JOHN, TOM, 'Refund for order 30117',
    `Hi, please refund order 30117 to my card [[card:${p.john.card}]].\nJohn Smith, [[phone:+1 202-555-0123]]`, 'Refund issued, John.'),
  {
    key: 'john-voice', daysAgo: 55, status: 'closed', locale: 'en', requester: JOHN, assignee: TOM, group: SUPPORT, channel: 'voice',
    subject: 'Inbound call from [[phone:+1 202-555-0123]]',
    comments: [
      {
        by: JOHN,
        text: 'Inbound call from [[phone:+1 202-555-0123]]\nCall to: +1 312-555-0199\nAnswered by: Tom Baker\nLength of phone call: 2 minutes 40 seconds',
        voice: { callId: 'CA0a1b2c3d4e5f60718293a4b5c6d7e8f9', from: '+12025550123', to: '+13125550199', durationS: 160, answeredBy: TOM },
      },
    ],
  },
  simple('emily-invoice', 28, 'solved', 'en', EMILY, TOM, 'Invoice payment details',
    `Hello, we paid from [[iban:${p.emily.iban}]]. Could you confirm receipt?\nEmily`, 'Payment received, thank you.'),
  simple('emily-nino', 280, 'archived', 'en', EMILY, CAMILLE, 'Contractor registration',
    `For the contractor form, my National Insurance number is [[national_id:${p.emily.nino}]].`, 'Thanks, the form is complete.'),
  simple('sarah-card', 4, 'open', 'en', SARAH, TOM, 'Payment failed at checkout',
    `My card [[card:${p.sarah.card}]] fails at checkout. Date of birth for verification: [[birth_date:${p.sarah.birthDate}]].`, 'Looking into it, Sarah.'),
  simple('sarah-address', 6, 'pending', 'en', SARAH, TOM, 'Wrong delivery address',
    'Please send it to [[address:500 Example Ave, Springfield, IL 62701]] instead.', 'Updated. Can you confirm the apartment number?'),
  simple('ana-nif', 75, 'closed', 'pt', ANA, INES, 'Fatura com NIF',
    `Olá, preciso da fatura com o NIF [[national_id:${p.ana.nif}]].\nAna Pereira`, 'Olá Ana, segue a fatura.'),
  simple('ana-iban', 27, 'solved', 'pt', ANA, INES, 'Reembolso por transferência',
    `Podem reembolsar para o IBAN [[iban:${p.ana.iban}]]?`, 'Reembolso feito.'),
  simple('joao-cpf', 3, 'open', 'pt', JOAO, INES, 'Nota fiscal com CPF',
    `Oi, preciso da nota fiscal com meu CPF [[national_id:${p.joao.cpf}]]. Telefone [[phone:(11) 94567-1234]].`, 'Oi João, vamos emitir hoje.'),
  simple('joao-delivery', 310, 'archived', 'pt', JOAO, INES, 'Entrega atrasada',
    'Minha entrega está atrasada há duas semanas.', 'A transportadora confirmou a entrega amanhã.'),
  simple('carmen-dni', 19, 'solved', 'es', CARMEN, SOFIA, 'Factura con DNI',
    `Hola, necesito la factura con mi DNI [[national_id:${p.carmen.dni}]].\nCarmen López`, 'Hola Carmen, adjuntamos la factura.'),
  simple('carmen-iban', 10, 'hold', 'es', CARMEN, SOFIA, 'Domiciliación bancaria',
    `Quiero domiciliar los pagos en [[iban:${p.carmen.iban}]].`, 'Esperamos la confirmación del banco.', { group: BILLING }),
  simple('lucia-order', 1, 'new', 'es', LUCIA, SOFIA, 'Pedido nuevo sin confirmar',
    'Hice un pedido ayer y no recibí la confirmación. Mi teléfono es [[phone:+34 911 23 45 67]].'),
  simple('lucia-return', 65, 'closed', 'es', LUCIA, SOFIA, 'Devolución de una lámpara',
    'Quiero devolver una lámpara que llegó rota.', 'Te enviamos la etiqueta de devolución.'),
  simple('leo-martins-order', 6, 'open', 'pt', LEO, INES, 'Pedido do Léo Martins',
    `Olá, sou [[name:Léo Martins]] ([[email:leo.martins@example.com]]). Meu pedido não chegou.\nCPF [[national_id:${p.leo.cpf}]]`, 'Olá Léo, estamos verificando.'),
  simple('leo-martins-warranty', 240, 'archived', 'pt', LEO, INES, 'Garantia da luminária',
    'A luminária parou de funcionar dentro da garantia. Martins, [[phone:+55 21 98765-4321]]', 'Enviamos uma nova.'),
  simple('pierre-saint-martin', 24, 'solved', 'fr', PIERRE, SOFIA, 'Retrait en boutique',
    'Bonjour, puis-je retirer ma commande à la boutique du [[address:45 rue Saint-Martin, 75004 Paris]] ?', 'Oui, dès demain 10 h.'),
  simple('marc-wifi', 85, 'closed', 'fr', MARC, SOFIA, 'Lampe connectée et Wi-Fi',
    'Bonjour, la lampe ne se connecte pas au Wi-Fi du bureau.', 'Une mise à jour corrige le problème.'),
  simple('shared-partner', 8, 'open', 'en', NADIA, TOM, 'Shared ticket from Partner Desk',
    'Forwarded from Partner Desk: customer asks about bulk pricing.', 'Replying through the sharing agreement.'),
  simple('spam-suspended', 90, 'closed', 'en', MAILER, TOM, 'BEST OFFER!!! Click now',
    'Unbelievable discounts, click the link now!!!', undefined, { assignee: null }),
  simple('former-customer', 200, 'archived', 'en', FORMER, TOM, 'Close my account',
    'Please close my account.', 'Your account is closed.'),
  simple('pierre-duplicate', 30, 'open', 'fr', PIERRE, SOFIA, 'Doublon : commande 50012',
    'Doublon du ticket précédent.', undefined, { deletedBy: CAMILLE }),
  {
    key: 'john-driving-licence', daysAgo: 12, status: 'pending', locale: 'en', requester: JOHN, assignee: TOM, group: SUPPORT,
    subject: 'Age verification for the bar lamp',
    comments: [
      { by: JOHN, text: 'Here is my licence for the age check.', attachments: [{ name: 'driving_licence.jpg', type: 'image/jpeg', size: 198002 }] },
      { by: TOM, text: 'Thanks John, verified.' },
    ],
  },
  {
    key: 'emily-inline-photo', daysAgo: 33, status: 'solved', locale: 'en', requester: EMILY, assignee: TOM, group: SUPPORT, channel: 'web',
    subject: 'Scratch on the lamp base',
    comments: [
      {
        by: EMILY,
        html: '<p dir="auto">The base arrived scratched:</p><p dir="auto"><img src="{{inline:0}}" alt="scratch" width="480"></p>',
        attachments: [{ name: 'scratch.jpg', type: 'image/jpeg', size: 87000, inline: true, width: 960, height: 720 }],
      },
      { by: TOM, text: 'A replacement base is on its way.' },
    ],
  },
  simple('tom-macros', 2, 'open', 'en', TOM, TOM, 'Update the returns macros for 2026', 'Internal task: update the three returns macros.', undefined, { channel: 'web' }),
  simple('ana-supplier-hold', 7, 'hold', 'pt', ANA, INES, 'Peça em falta', 'Falta uma peça na caixa.', 'Aguardamos o fornecedor.'),
  simple('john-new', 1, 'new', 'en', JOHN, TOM, 'Question about dimmers', 'Does the lamp work with a dimmer switch?'),
  {
    key: 'pierre-light-agent-note', daysAgo: 5, status: 'open', locale: 'fr', requester: PIERRE, assignee: SOFIA, group: SUPPORT,
    subject: 'Catalogue 2026',
    comments: [
      { by: PIERRE, text: 'Bonjour, quand sort le catalogue 2026 ?' },
      { by: JULIEN, text: 'Le service marketing annonce mars.', internal: true },
      { by: SOFIA, text: 'Bonjour Pierre, le catalogue sortira en mars.' },
    ],
  },
  {
    key: 'sarah-html', daysAgo: 40, status: 'solved', locale: 'en', requester: SARAH, assignee: TOM, group: SUPPORT, channel: 'web',
    subject: 'Assembly instructions',
    comments: [
      { by: SARAH, text: 'Where can I find the assembly instructions?' },
      {
        by: TOM,
        html: '<p dir="auto">Hi Sarah,</p><ol><li>Open <a href="https://support.example.com/assembly">the assembly guide</a></li><li>Pick your model</li></ol><table><tr><td>Model</td><td>Guide</td></tr><tr><td>Arc</td><td>PDF</td></tr></table>',
      },
    ],
  },
  simple('lucia-archived', 350, 'archived', 'es', LUCIA, SOFIA, 'Consulta de horario', '¿A qué hora abre la tienda?', 'De 10 a 19 h.'),
  simple('pierre-archived', 365, 'archived', 'fr', PIERRE, CAMILLE, 'Horaires de Noël', 'Êtes-vous ouverts le 24 décembre ?', 'Oui, jusqu’à 16 h.'),
]

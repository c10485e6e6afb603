import {
  DEMO_AGENT_EN_ID as TOM,
  DEMO_AGENT_ID as SOFIA,
  DEMO_AGENT_PT_ID as INES,
  DEMO_ANA_ID as ANA,
  DEMO_CARMEN_ID as CARMEN,
  DEMO_EMILY_ID as EMILY,
  DEMO_GROUP_SUPPORT_ID as SUPPORT,
  DEMO_JOHN_ID as JOHN,
  DEMO_LIGHT_AGENT_ID as JULIEN,
  DEMO_MARC_ID as MARC,
  DEMO_OWNER_ID as CAMILLE,
  DEMO_PIERRE_ID as PIERRE,
  DEMO_SUBJECT_ID as LEA,
} from './demo-people'
import type { TicketSpec } from './ticket-builder'

/**
 * Other people's tickets that involve the demo subject: she is CC'd, follows them, comments on them, or
 * is mentioned by email, phone (reformatted: `06 12 34 56 78`, `0033612345678`, `06.12.34.56.78`…), name
 * (with and without accent), X handle or customer number.
 *
 * Note: Zendesk only lets agents be followers; the subject appears in `follower_ids` here because the
 * app must handle the `/users/:id/tickets/followed` list whatever it contains.
 */

export const CC_TICKET_KEYS = ['marc-group-order', 'pierre-trade-fair', 'emily-partnership', 'marc-shared-invoice']
export const FOLLOWED_TICKET_KEYS = ['marc-office-delivery', 'pierre-quote', 'marc-supplier-portal']

export const INVOLVED_TICKETS: TicketSpec[] = [
  // ---- CC'd ----
  {
    key: 'marc-shared-invoice', daysAgo: 330, status: 'archived', locale: 'fr', requester: MARC, assignee: CAMILLE, ccs: [LEA],
    subject: 'Facture commune Atelier Lumière',
    comments: [
      { by: MARC, text: 'Bonjour,\nMerci d’envoyer la facture commune à ma collègue [[!email:lea.martin@example.com]] et à moi.\nMarc Dubois' },
      { by: CAMILLE, text: 'Envoyée à vous deux.' },
    ],
  },
  {
    key: 'pierre-trade-fair', daysAgo: 70, status: 'closed', locale: 'fr', requester: PIERRE, assignee: SOFIA, ccs: [LEA],
    subject: 'Invitation au salon Maison & Objet',
    comments: [
      { by: PIERRE, text: 'Bonjour, pouvez-vous nous réserver deux badges ? Je mets [[!name:Léa Martin]] en copie.\nPierre' },
      { by: SOFIA, text: 'Les badges sont réservés.' },
    ],
  },
  {
    key: 'marc-group-order', daysAgo: 18, status: 'solved', locale: 'fr', requester: MARC, assignee: SOFIA, group: SUPPORT, ccs: [LEA],
    subject: 'Commande groupée Atelier Lumière',
    comments: [
      { by: MARC, text: 'Bonjour,\nNous voulons commander 12 lampes pour l’atelier. Léa est en copie pour validation.\nMarc' },
      { by: LEA, text: 'Je valide la commande. Livraison au [[address:3 passage du Cerf, 75002 Paris]].\n[[!name:Léa Martin]]' },
      { by: SOFIA, text: 'Commande enregistrée, merci à tous les deux.' },
    ],
  },
  {
    key: 'emily-partnership', daysAgo: 7, status: 'open', locale: 'en', requester: EMILY, assignee: TOM, ccs: [LEA],
    subject: 'Partnership event in London',
    comments: [
      { by: EMILY, text: 'Hello,\nWe would like to invite Atelier Lumière to our showroom event. Copying their buyer.\nEmily Clarke' },
      { by: TOM, text: 'Thanks Emily, forwarding to the partnerships team.' },
    ],
  },
  // ---- followed ----
  {
    key: 'marc-office-delivery', daysAgo: 14, status: 'open', locale: 'fr', requester: MARC, assignee: SOFIA, followers: [LEA, SOFIA],
    subject: 'Livraison au bureau',
    comments: [
      { by: MARC, text: 'Bonjour, pouvez-vous livrer au bureau plutôt qu’à domicile ?' },
      { by: SOFIA, text: 'Oui, c’est noté.' },
    ],
  },
  {
    key: 'pierre-quote', daysAgo: 11, status: 'pending', locale: 'fr', requester: PIERRE, assignee: CAMILLE, followers: [LEA],
    subject: 'Demande de devis pour 40 suspensions',
    comments: [
      { by: PIERRE, text: 'Bonjour, merci de nous faire un devis pour 40 suspensions.' },
      { by: CAMILLE, text: 'Devis en pièce jointe.', attachments: [{ name: 'devis_2026_017.pdf', type: 'application/pdf', size: 55120 }] },
    ],
  },
  {
    key: 'marc-supplier-portal', daysAgo: 22, status: 'solved', locale: 'en', requester: MARC, assignee: TOM, followers: [LEA],
    subject: 'Access to the supplier portal',
    comments: [
      { by: MARC, text: 'Hi, we need two accounts on the supplier portal.' },
      { by: TOM, text: 'Accounts created; invitations sent.' },
    ],
  },
  // ---- mentioned ----
  {
    key: 'marc-colleague-confirms', daysAgo: 3, status: 'open', locale: 'fr', requester: MARC, assignee: SOFIA,
    subject: 'Erreur sur la commande 52301',
    comments: [
      { by: MARC, text: 'Bonjour,\nIl manque deux ampoules. Ma collègue Léa ([[!phone:06 12 34 56 78]]) peut confirmer.\nMarc' },
      { by: SOFIA, text: 'Merci, nous renvoyons les ampoules.' },
    ],
  },
  {
    key: 'pierre-contact-lea', daysAgo: 45, status: 'closed', locale: 'fr', requester: PIERRE, assignee: SOFIA,
    subject: 'Contact pour la coopérative',
    comments: [
      { by: PIERRE, text: 'Bonjour, pour la coopérative, contactez [[!name:Lea Martin]] au [[!phone:+33 6 12 34 56 78]].' },
      { by: SOFIA, text: 'Merci Pierre, c’est noté.' },
    ],
  },
  {
    key: 'emily-referral', daysAgo: 16, status: 'solved', locale: 'en', requester: EMILY, assignee: TOM,
    subject: 'Referral discount',
    comments: [
      { by: EMILY, text: 'Hi, I was referred by [[!email:LEA.MARTIN@EXAMPLE.COM]]. Is there a referral discount?' },
      { by: TOM, text: 'Yes: 10% on your first order.' },
    ],
  },
  {
    key: 'ana-friend-recommended', daysAgo: 9, status: 'pending', locale: 'pt', requester: ANA, assignee: INES,
    subject: 'Recomendação de uma amiga',
    comments: [
      { by: ANA, text: 'Olá, a minha amiga [[!name:Léa Martin]] ([[!phone:0033612345678]]) recomendou a vossa loja. Enviam para o Porto?' },
      { by: INES, text: 'Olá Ana, enviamos sim, em 3 dias úteis.' },
    ],
  },
  {
    key: 'carmen-phone-number', daysAgo: 260, status: 'archived', locale: 'es', requester: CARMEN, assignee: SOFIA,
    subject: 'Contacto de la tienda de París',
    comments: [
      { by: CARMEN, text: 'Hola, [[!name:Léa Martin]] me dio su número [[!phone:+33612345678]] para coordinar el pedido conjunto.' },
      { by: SOFIA, text: 'Gracias Carmen, lo coordinamos.' },
    ],
  },
  {
    key: 'john-same-issue', daysAgo: 5, status: 'open', locale: 'en', requester: JOHN, assignee: TOM,
    subject: 'Lamp flickers after firmware update',
    comments: [
      { by: JOHN, text: 'My smart lamp flickers since the last update.' },
      { by: JULIEN, text: 'Same issue as [[!name:Léa Martin]]’s ticket; she also posted about it as [[!x_handle:@lea_martin_demo]] on X.', internal: true },
      { by: TOM, text: 'Hi John, a fix is coming this week.' },
    ],
  },
  {
    key: 'callback-reminder', daysAgo: 35, status: 'closed', locale: 'fr', requester: MARC, submitter: SOFIA, assignee: SOFIA, channel: 'api',
    subject: 'Rappel client : [[!name:Léa Martin]] [[!phone:06.12.34.56.78]]',
    comments: [
      { by: SOFIA, text: 'Rappeler la cliente pour le compte Atelier Lumière (demande de Marc).', internal: true },
      { by: SOFIA, text: 'Rappel effectué.', internal: true },
    ],
  },
  {
    key: 'marc-personal-address', daysAgo: 13, status: 'hold', locale: 'fr', requester: MARC, assignee: CAMILLE,
    subject: 'Question sur une livraison',
    comments: [
      { by: MARC, text: 'Pour la livraison de Léa, merci d’écrire à [[!email:lea.m.perso@example.org]] plutôt qu’à son adresse pro.' },
      { by: CAMILLE, text: 'En attente de confirmation du transporteur.', internal: true },
    ],
  },
]

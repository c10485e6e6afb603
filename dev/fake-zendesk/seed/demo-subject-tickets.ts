import { FAKE_PII } from './fake-pii'
import {
  DEMO_AGENT_EN_ID as TOM,
  DEMO_AGENT_ID as SOFIA,
  DEMO_GROUP_BILLING_ID as BILLING,
  DEMO_GROUP_SUPPORT_ID as SUPPORT,
  DEMO_LIGHT_AGENT_ID as JULIEN,
  DEMO_OWNER_ID as CAMILLE,
  DEMO_SUBJECT_ID as LEA,
  FIELD_ORDER_NUMBER_ID,
  FIELD_REFUND_IBAN_ID,
} from './demo-people'
import type { TicketSpec } from './ticket-builder'

/**
 * Tickets the demo subject (Léa Martin) requested: 20 across every status, in French, English,
 * Portuguese and Spanish, including the privacy request ticket. `[[!…]]` marks her identifiers,
 * `[[…]]` other personal data (hers or third parties').
 */

/** Hostile content the app must show inert: markup as text, bidi override, emoji, right-to-left script. */
export const HOSTILE_TEXT =
  "Test <script>alert('xss')</script> <img src=x onerror=alert(1)> <svg onload=alert(2)></svg> مرحبا بكم ‮gpj.exe‬ 🔥💡👩🏽‍🔧"

/** A pasted device log close to Zendesk's 64 kB comment cap. */
export const LONG_LOG_TEXT = `Journal de la lampe :\n${Array.from({ length: 900 }, (_, i) => `2026-02-28T10:${String(i % 60).padStart(2, '0')}:00Z lamp[42]: brownout detected, voltage=187V`).join('\n')}`

const SIGNATURE = '\n\nCordialement,\n[[!name:Léa Martin]]\n[[!phone:06 12 34 56 78]]'
const lea = FAKE_PII.lea

export const REQUEST_TICKET_KEY = 'lea-erasure-request'

export const SUBJECT_TICKETS: TicketSpec[] = [
  {
    key: 'lea-lisbon-order', daysAgo: 420, status: 'archived', locale: 'pt', requester: LEA, assignee: SOFIA, group: SUPPORT,
    subject: 'Encomenda enviada para Lisboa',
    comments: [
      { by: LEA, text: `Olá,\nA minha encomenda devia chegar à [[address:${lea.lisbonAddress}]] mas ainda não chegou.\nPodem ligar-me para o [[!phone:+33 6 12 34 56 78]].\n\nObrigada,\n[[!name:Léa Martin]]` },
      { by: SOFIA, text: 'Olá Léa,\nA encomenda foi entregue hoje de manhã. Pedimos desculpa pelo atraso.' },
    ],
  },
  {
    key: 'lea-order-never-received', daysAgo: 380, status: 'archived', locale: 'fr', requester: LEA, assignee: SOFIA, group: SUPPORT,
    subject: 'Commande #48213 jamais reçue',
    fields: [{ id: FIELD_ORDER_NUMBER_ID, value: '48213' }],
    comments: [
      { by: LEA, text: `Bonjour,\nJ'ai commandé une lampe il y a trois semaines (commande 48213) et je n'ai rien reçu à mon adresse : [[address:${lea.address}]].${SIGNATURE}` },
      { by: SOFIA, text: 'Bonjour Léa,\nLe transporteur a perdu le colis. Nous vous renvoyons la commande aujourd\'hui.\n\nSofía — Support' },
      { by: LEA, text: 'Merci, bien reçu ce matin !', afterHours: 70 },
    ],
  },
  {
    key: 'lea-billing-problem', daysAgo: 340, status: 'archived', locale: 'fr', requester: LEA, assignee: CAMILLE, group: BILLING,
    subject: 'Problème de facturation',
    comments: [
      {
        by: LEA,
        text: `Bonjour,\nJe n'ai pas été remboursée. Voici mon RIB : [[iban:${lea.iban}]] (titulaire [[!name:Léa Martin]]).\nLa facture est en pièce jointe.${SIGNATURE}`,
        attachments: [{ name: 'facture_2025_0042.pdf', type: 'application/pdf', size: 84211 }],
      },
      { by: CAMILLE, text: 'Bonjour,\nLe remboursement a été émis. Comptez 3 à 5 jours ouvrés.\n\nCamille' },
    ],
  },
  {
    key: 'lea-cannot-login', daysAgo: 300, status: 'archived', locale: 'en', requester: LEA, assignee: TOM, group: SUPPORT, channel: 'web',
    subject: 'Cannot log in to my account',
    comments: [
      { by: LEA, text: `Hello,\nI cannot log in with [[!email:lea.martin@example.com]]. My password is [[password:${lea.password}]] and it says it is wrong.\nThanks, [[!name:Lea Martin]]` },
      { by: TOM, text: 'Hi Léa,\nPlease never send your password by email. I have sent you a reset link; choose a new password.\n\nTom' },
      { by: TOM, text: 'Customer shared her password in clear text; asked her to reset it.', internal: true, afterHours: 1 },
    ],
  },
  {
    key: 'lea-identity-check', daysAgo: 95, status: 'closed', locale: 'fr', requester: LEA, submitter: SOFIA, assignee: SOFIA, group: BILLING,
    subject: "Vérification d'identité pour le remboursement",
    comments: [
      { by: SOFIA, text: "Bonjour Léa,\nPour un remboursement de plus de 500 €, nous devons vérifier votre identité. Merci d'envoyer une pièce d'identité.", afterHours: 0 },
      {
        by: LEA,
        text: `Voici mon passeport. Je suis née le [[birth_date:${lea.birthDate}]], numéro de sécurité sociale [[national_id:${lea.nir}]].${SIGNATURE}`,
        attachments: [{ name: 'passport_scan.jpg', type: 'image/jpeg', size: 245760, width: 2480, height: 3508 }],
      },
      { by: SOFIA, text: 'Identité vérifiée avec le passeport (fin de validité 2031). Remboursement validé.', internal: true },
      { by: SOFIA, text: 'Merci, votre identité est vérifiée et le remboursement est en route.' },
    ],
  },
  {
    key: 'lea-refund-iban', daysAgo: 80, status: 'closed', locale: 'fr', requester: LEA, assignee: CAMILLE, group: BILLING,
    subject: `Remboursement sur IBAN [[iban:${lea.iban}]]`,
    fields: [
      { id: FIELD_REFUND_IBAN_ID, value: `[[iban:${lea.iban}]]` },
      { id: FIELD_ORDER_NUMBER_ID, value: '51877' },
    ],
    comments: [
      { by: LEA, text: `Bonjour,\nMerci de rembourser la commande 51877 sur mon compte habituel.${SIGNATURE}` },
      { by: CAMILLE, text: "C'est fait : le virement est parti ce matin.\n\nCamille" },
    ],
  },
  {
    key: 'lea-voice-call', daysAgo: 60, status: 'closed', locale: 'fr', requester: LEA, assignee: SOFIA, group: SUPPORT, channel: 'voice',
    subject: 'Appel entrant de [[!phone:+33 6 12 34 56 78]]',
    comments: [
      {
        by: LEA,
        text: 'Inbound call from [[!phone:+33 6 12 34 56 78]]\nCall from: [[!phone:+33 6 12 34 56 78]]\nCall to: +33 1 99 00 99 99\nAnswered by: Sofía García\nLength of phone call: 5 minutes 12 seconds',
        voice: { callId: 'CA5f0e1d2c3b4a59687766554433221100', from: '+33612345678', to: '+33199009999', durationS: 312, answeredBy: SOFIA },
      },
      { by: SOFIA, text: "Appel de Léa au sujet d'une livraison ; elle a donné sa date de naissance ([[birth_date:12 avril 1988]]) pour vérification.", internal: true, afterHours: 1 },
    ],
  },
  {
    key: 'lea-newsletter', daysAgo: 50, status: 'closed', locale: 'en', requester: LEA, assignee: TOM, group: SUPPORT, channel: 'web',
    subject: 'Please unsubscribe me from the newsletter',
    comments: [
      { by: LEA, text: 'Hi, please stop the newsletter. I also asked on X from [[!x_handle:@lea_martin_demo]] but nobody answered.' },
      { by: TOM, text: 'Done, you are unsubscribed. Sorry about the missed message on X.\n\nTom' },
    ],
  },
  {
    key: 'lea-address-change', daysAgo: 25, status: 'solved', locale: 'fr', requester: LEA, assignee: SOFIA, group: SUPPORT,
    subject: 'Changement d’adresse de livraison',
    comments: [
      { by: LEA, text: `Bonjour,\nJ'ai déménagé. Ancienne adresse : [[address:${lea.address}]]\nNouvelle adresse : [[address:${lea.newAddress}]]${SIGNATURE}` },
      { by: SOFIA, text: 'Bonjour Léa,\nVotre adresse de livraison est mise à jour.\n\nSofía' },
    ],
  },
  {
    key: 'lea-card-declined', daysAgo: 20, status: 'solved', locale: 'fr', requester: LEA, assignee: CAMILLE, group: BILLING, channel: 'web',
    subject: 'Carte bancaire refusée',
    comments: [
      {
        by: LEA,
        html: `<p dir="auto">Bonjour,</p><p dir="auto">Ma carte <strong>[[card:${lea.card}]]</strong> (expiration 09/28) est refusée à chaque paiement.</p><p dir="auto">Pouvez-vous vérifier ? Mon e-mail : <a href="mailto:lea.martin@example.com">[[!email:lea.martin@example.com]]</a></p>`,
      },
      {
        by: CAMILLE,
        html: '<p dir="auto">Bonjour Léa,</p><p dir="auto">Le refus vient de votre banque. Voir <a href="https://support.example.com/paiements" rel="noopener noreferrer">notre page d\'aide</a>.</p><ul><li>Vérifiez le plafond</li><li>Réessayez dans 24 h</li></ul>',
      },
    ],
  },
  {
    key: 'lea-loyalty-points', daysAgo: 15, status: 'solved', locale: 'en', requester: LEA, assignee: TOM, group: SUPPORT, channel: 'web',
    subject: 'Question about my loyalty points',
    comments: [
      {
        by: LEA,
        html: '<p dir="auto">Hello, my customer number is [[!external_id:CRM-LM-0042]] and my points disappeared. Screenshot:</p><p dir="auto"><img src="{{inline:0}}" alt="points screenshot" width="640"></p><p dir="auto">[[!name:Léa Martin]]</p>',
        attachments: [{ name: 'screenshot_points.png', type: 'image/png', size: 120344, inline: true, width: 1280, height: 720 }],
      },
      { by: TOM, text: 'Hi Léa,\nThe points are back on loyalty card [[!external_id:LOY-77-0042]].\n\nTom' },
    ],
  },
  {
    key: 'lea-husband-account', daysAgo: 12, status: 'solved', locale: 'fr', requester: LEA, assignee: SOFIA, group: SUPPORT,
    subject: 'Accès au compte de mon mari',
    comments: [
      { by: LEA, text: `Bonjour,\nMon mari [[name:Karim Benali]] ([[email:${FAKE_PII.karim.email}]], [[phone:${FAKE_PII.karim.phone}]]) n'arrive plus à se connecter. Pouvez-vous l'aider ?${SIGNATURE}` },
      { by: SOFIA, text: 'Bonjour Léa,\nPour des raisons de confidentialité, nous devons échanger directement avec votre mari. Nous lui avons écrit.\n\nSofía' },
    ],
  },
  {
    key: 'lea-damaged-parcel', daysAgo: 10, status: 'pending', locale: 'fr', requester: LEA, assignee: SOFIA, group: SUPPORT,
    subject: 'Colis endommagé',
    comments: [
      {
        by: LEA,
        text: 'Bonjour,\nLe colis est arrivé abîmé, voici deux photos.\nLéa',
        attachments: [
          { name: 'colis_abime_1.jpg', type: 'image/jpeg', size: 310220 },
          { name: 'colis_abime_2.jpg', type: 'image/jpeg', size: 298004 },
        ],
      },
      { by: SOFIA, text: 'Merci Léa. Pouvez-vous nous dire si le produit fonctionne ?' },
      { by: LEA, text: HOSTILE_TEXT, afterHours: 3 },
    ],
  },
  {
    key: 'lea-phone-update', daysAgo: 8, status: 'pending', locale: 'fr', requester: LEA, assignee: SOFIA, group: SUPPORT,
    subject: 'Mise à jour de mon numéro de téléphone',
    comments: [
      {
        by: LEA,
        text: 'Bonjour,\nMerci de noter mon numéro [[!phone:06 12 34 56 78]] et d’écrire plutôt à [[!email:lea.m.perso@example.org]].\nJe joins ma carte d’identité comme demandé.',
        attachments: [{ name: 'carte_identite_recto.png', type: 'image/png', size: 412000 }],
      },
      { by: SOFIA, text: 'Bonjour Léa, nous avons bien noté. Nous n’avions pas besoin de la carte d’identité ; nous allons la supprimer.' },
      { by: JULIEN, text: 'À faire : expurger la carte d’identité jointe par la cliente.', internal: true, afterHours: 2 },
    ],
  },
  {
    key: 'lea-return-supplier', daysAgo: 9, status: 'hold', locale: 'fr', requester: LEA, assignee: SOFIA, group: SUPPORT,
    subject: 'Retour produit en attente du fournisseur',
    comments: [
      { by: LEA, text: `Bonjour, où en est mon retour ?${SIGNATURE}` },
      { by: SOFIA, text: 'Ticket en attente de la réponse du fournisseur Lumen Parts.', internal: true },
    ],
  },
  {
    key: 'lea-double-charge', daysAgo: 6, status: 'open', locale: 'fr', requester: LEA, assignee: CAMILLE, group: BILLING,
    subject: 'Double prélèvement sur mon compte',
    priority: 'high',
    comments: [
      { by: LEA, text: `Bonjour,\nJ'ai été prélevée deux fois sur le compte [[iban:${lea.iban}]] pour la commande 52210.${SIGNATURE}` },
      { by: CAMILLE, text: 'Bonjour Léa, nous vérifions avec la banque.' },
      { by: LEA, text: 'Toujours rien… Appelez-moi au [[!phone:+33612345678]] svp.', afterHours: 30 },
    ],
  },
  {
    key: 'lea-invoice-copy', daysAgo: 5, status: 'open', locale: 'fr', requester: LEA, assignee: SOFIA, group: BILLING, channel: 'web',
    subject: 'Demande de copie de facture',
    comments: [
      {
        by: LEA,
        html: '<p dir="auto">Bonjour,</p><p dir="auto">Pouvez-vous m\'envoyer une copie de la facture 52210 à mon adresse personnelle <a href="mailto:lea.m.perso@example.org">[[!email:lea.m.perso@example.org]]</a> ?</p><p dir="auto"><em>[[!name:Léa Martin]]</em></p>',
      },
    ],
  },
  {
    key: 'lea-order-for-sister', daysAgo: 4, status: 'open', locale: 'es', requester: LEA, assignee: SOFIA, group: SUPPORT,
    subject: 'Pedido para mi hermana en Madrid',
    comments: [
      { by: LEA, text: `Hola,\nQuiero enviar un regalo a mi hermana [[name:Isabel Martín]], [[address:${FAKE_PII.isabel.address}]], teléfono [[phone:${FAKE_PII.isabel.phone}]].\nGracias,\n[[!name:Léa Martin]]` },
      { by: SOFIA, text: 'Hola Léa, ¡claro! ¿Quieres papel de regalo?' },
    ],
  },
  {
    key: 'lea-new-complaint', daysAgo: 1, status: 'new', locale: 'fr', requester: LEA, channel: 'web',
    subject: 'Nouvelle réclamation',
    comments: [
      { by: LEA, text: `Bonjour, la lampe reçue ne s'allume pas.${SIGNATURE}` },
      { by: LEA, text: LONG_LOG_TEXT, afterHours: 1 },
    ],
  },
  {
    key: REQUEST_TICKET_KEY, daysAgo: 2, status: 'open', locale: 'fr', requester: LEA, assignee: SOFIA, group: SUPPORT,
    subject: 'Demande d’effacement de mes données personnelles (RGPD)',
    tags: ['privacy_request'],
    comments: [
      {
        by: LEA,
        text: `Bonjour,\nConformément à l'article 17 du RGPD, je vous demande d'effacer toutes les données personnelles me concernant : mon compte ([[!email:lea.martin@example.com]] et [[!email:lea.m.perso@example.org]]), mes tickets et mes enregistrements d'appels.${SIGNATURE}`,
      },
      { by: SOFIA, text: 'Demande reçue. Identité vérifiée : la demande vient de l’adresse e-mail principale du compte.', internal: true },
      { by: SOFIA, text: 'Bonjour Léa,\nNous avons bien reçu votre demande et la traitons dans le délai d’un mois.\n\nSofía — Support' },
    ],
  },
]

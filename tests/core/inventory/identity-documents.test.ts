// @vitest-environment node
import { expect, test } from 'vitest'
import { identityDocumentKind } from '../../../src/core/inventory/identity-documents'

test.each([
  ['passport_scan.jpg', 'passport'],
  ['PassportFront.png', 'passport'],
  ['passeport-lea.pdf', 'passport'],
  ['Passaporte.jpeg', 'passport'],
  ['pasaporte juan.pdf', 'passport'],
  ['ID card front.jpg', 'id_card'],
  ['photo_id.png', 'id_card'],
  ["Carte d'identité recto.pdf", 'id_card'],
  ['CNI_verso.jpg', 'id_card'],
  ['RG frente.png', 'id_card'],
  ['DNI_Juan.jpeg', 'id_card'],
  ['documento-de-identidad.pdf', 'id_card'],
  ['cartão de cidadão.pdf', 'id_card'],
  ['driving_licence.pdf', 'driving_licence'],
  ["driver's license.jpg", 'driving_licence'],
  ['permis de conduire.jpg', 'driving_licence'],
  ['CNH digital.pdf', 'driving_licence'],
  ['carnet_de_conducir.png', 'driving_licence'],
  ['titre de séjour.pdf', 'residence_permit'],
  ['acte_de_naissance.pdf', 'birth_certificate'],
  ['certidão de nascimento.pdf', 'birth_certificate'],
  ['carte vitale.jpg', 'tax_or_social_id'],
])('%s suggests a %s', (name, kind) => {
  expect(identityDocumentKind(name)).toBe(kind)
})

test.each(['report.pdf', 'guide.pdf', 'invoice-4411.pdf', 'screenshot.png', 'idea.txt', 'Rgpd.pdf', 'passportal.png', 'didnt.jpg', 'cargo.pdf'])(
  '%s is not an identity document',
  (name) => {
    expect(identityDocumentKind(name)).toBeUndefined()
  },
)

/**
 * File names that suggest an identity document, in English, French, Portuguese and Spanish. Matching is on
 * words (accents and case ignored, camelCase and separators split), so "passport_scan.jpg",
 * "Carte-d'identité recto.pdf", "RG frente.png" and "DNI_Juan.jpeg" match while "report.pdf" or
 * "guide.pdf" (which contain "rg" and "id" inside words) do not.
 */

export const IDENTITY_DOCUMENT_KINDS = ['passport', 'id_card', 'driving_licence', 'residence_permit', 'birth_certificate', 'tax_or_social_id'] as const
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number]

/** Word sequences per kind; each entry is matched against consecutive words of the file name. */
const PHRASES: Record<IdentityDocumentKind, string[]> = {
  passport: ['passport', 'passeport', 'passaporte', 'pasaporte'],
  id_card: [
    'id card', 'identity card', 'photo id', 'national id', 'id front', 'id back', 'id scan', 'identity document',
    "carte d identite", 'carte identite', 'cni', 'piece d identite', 'piece identite', 'carte nationale',
    'rg', 'carteira de identidade', 'documento de identidade', 'cartao de cidadao', 'cartao cidadao',
    'dni', 'documento de identidad', 'documento nacional de identidad', 'cedula', 'cedula de identidad', 'nie',
  ],
  driving_licence: [
    'driving licence', 'driving license', 'drivers license', 'driver s license', 'drivers licence', 'driver license',
    'permis de conduire', 'permis conduire', 'cnh', 'carteira de motorista', 'carteira de habilitacao', 'habilitacao',
    'carnet de conducir', 'carne de conducir', 'permiso de conducir', 'licencia de conducir',
  ],
  residence_permit: ['residence permit', 'titre de sejour', 'carte de sejour', 'autorizacao de residencia', 'tarjeta de residencia', 'permiso de residencia', 'green card'],
  birth_certificate: ['birth certificate', 'acte de naissance', 'certidao de nascimento', 'partida de nacimiento', 'certificado de nacimiento'],
  tax_or_social_id: ['ssn card', 'social security card', 'carte vitale', 'cpf', 'cartao cpf'],
}

const COMPILED = Object.entries(PHRASES).flatMap(([kind, phrases]) =>
  phrases.map((phrase) => ({ kind: kind as IdentityDocumentKind, words: phrase.split(' ') })),
)

/** Lower-case, accent-free words of a file name without its extension, camelCase split. */
export function fileNameWords(fileName: string): string[] {
  const withoutExtension = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '')
  return withoutExtension
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
}

/** Which kind of identity document the file name suggests, if any. */
export function identityDocumentKind(fileName: string): IdentityDocumentKind | undefined {
  const words = fileNameWords(fileName)
  for (const { kind, words: phrase } of COMPILED) {
    for (let i = 0; i + phrase.length <= words.length; i += 1) {
      if (phrase.every((w, j) => words[i + j] === w)) return kind
    }
  }
  return undefined
}

export function looksLikeIdentityDocument(fileName: string): boolean {
  return identityDocumentKind(fileName) !== undefined
}

import type { Translate } from '../../i18n/create-translator'

/** A profile field's label; user fields show their key, which is what agents see in Zendesk's admin. */
export function fieldLabel(t: Translate, field: string): string {
  if (field.startsWith('user_fields.')) return t('correction.field.userField', { key: field.slice('user_fields.'.length) })
  return t(`correction.field.${field}`)
}

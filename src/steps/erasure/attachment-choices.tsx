import { Checkbox, Field, Label } from '@zendeskgarden/react-forms'
import { Tag } from '@zendeskgarden/react-tags'
import type { InventoryTicket } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'

/** The ticket's files and inline images: the agent picks the ones to redact (none by default). */
export function AttachmentChoices({ ticket, selected, onChange }: { ticket: InventoryTicket; selected: readonly number[]; onChange: (ids: number[]) => void }) {
  const { t } = useI18n()
  const files = ticket.attachments
  if (files.length === 0 || ticket.status === 'deleted') return null
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 2 }}>
      <legend style={{ padding: 0 }}>
        <Label isRegular>{t('erasure.files.legend')}</Label>
      </legend>
      {files.map((file) => (
        <Field key={file.id}>
          <Checkbox
            checked={file.redacted || selected.includes(file.id)}
            disabled={file.redacted}
            onChange={(e) => onChange(e.target.checked ? [...selected, file.id] : selected.filter((id) => id !== file.id))}
          >
            <Label isRegular>
              {t(file.inline ? 'erasure.files.redactInline' : 'erasure.files.redact', { name: file.fileName })}{' '}
              {file.looksLikeIdentityDocument && (
                <Tag size="small" hue="red">
                  {t('erasure.files.identityDocument')}
                </Tag>
              )}
              {file.redacted && <Tag size="small">{t('erasure.files.alreadyRedacted')}</Tag>}
            </Label>
          </Checkbox>
        </Field>
      ))}
    </fieldset>
  )
}

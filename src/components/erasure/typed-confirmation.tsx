import { Field, Hint, Input, Label } from '@zendeskgarden/react-forms'
import { useI18n } from '../../i18n/i18n-context'

/** The confirmation word in the agent's language ("DELETE", "SUPPRIMER"…), compared without case or spaces. */
export function useConfirmationWord(): { word: string; matches: (typed: string) => boolean } {
  const { t } = useI18n()
  const word = t('erasure.confirm.word')
  return { word, matches: (typed) => typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase() }
}

/** Irreversible steps need the agent to type a word, not just click: a click can be a slip, typing is a decision. */
export function TypedConfirmation({ value, onChange, what }: { value: string; onChange: (value: string) => void; what: string }) {
  const { t } = useI18n()
  const { word } = useConfirmationWord()
  return (
    <Field>
      <Label>{t('erasure.confirm.typeLabel', { word })}</Label>
      <Hint>{what}</Hint>
      <Input value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" spellCheck={false} data-testid="typed-confirmation" />
    </Field>
  )
}

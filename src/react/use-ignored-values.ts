import { useCallback, useState } from 'react'
import { addIgnoredValue, parseIgnoredValues, removeIgnoredValue, serializeIgnoredValues } from '../core/inventory/ignored-values'
import type { SupportApi } from '../zendesk/support-api'
import type { ZafClient } from '../zendesk/zaf-client'

export const IGNORED_VALUES_SETTING = 'ignored_values'

export interface IgnoredValuesState {
  values: string[]
  /** Only admins may change the app's settings. */
  canEdit: boolean
  saving: boolean
  error: unknown
  add(value: string): Promise<boolean>
  remove(value: string): Promise<boolean>
}

/**
 * The account-wide "always ignore" list: the app setting `ignored_values` (one value per line), read at boot
 * and written back to the installation, so it lives in Zendesk, never in the browser.
 */
export function useIgnoredValues(api: SupportApi, client: ZafClient, settings: Record<string, unknown>, isAdmin: boolean): IgnoredValuesState {
  const [values, setValues] = useState(() => parseIgnoredValues(settings[IGNORED_VALUES_SETTING]))
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<unknown>(undefined)

  const save = useCallback(
    async (next: string[]): Promise<boolean> => {
      setSaving(true)
      setError(undefined)
      try {
        const { installationId } = await client.metadata()
        if (!installationId) throw new Error('The app has no installation id: it is not installed in this account.')
        await api.appInstallations.updateSettings(installationId, { [IGNORED_VALUES_SETTING]: serializeIgnoredValues(next) })
        setValues(next)
        return true
      } catch (caught) {
        setError(caught)
        return false
      } finally {
        setSaving(false)
      }
    },
    [api, client],
  )

  return {
    values,
    canEdit: isAdmin,
    saving,
    error,
    add: useCallback((value: string) => save(addIgnoredValue(values, value)), [save, values]),
    remove: useCallback((value: string) => save(removeIgnoredValue(values, value)), [save, values]),
  }
}

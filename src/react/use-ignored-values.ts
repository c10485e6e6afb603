import { useCallback, useState } from 'react'
import type { SupportApi } from '../zendesk/support-api'
import type { ZafClient } from '../zendesk/zaf-client'
import { loadInventoryEngine } from './use-inventory-engine'

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

/** The setting as lines; equivalent values are merged when the list is next written. */
function splitLines(setting: unknown): string[] {
  return typeof setting === 'string' ? setting.split(/\r?\n/).map((v) => v.trim()).filter((v) => v !== '') : []
}

/**
 * The account-wide "always ignore" list: the app setting `ignored_values` (one value per line), read at boot
 * and written back to the installation, so it lives in Zendesk, never in the browser.
 */
export function useIgnoredValues(api: SupportApi, client: ZafClient, settings: Record<string, unknown>, isAdmin: boolean): IgnoredValuesState {
  const [values, setValues] = useState(() => splitLines(settings[IGNORED_VALUES_SETTING]))
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<unknown>(undefined)

  const save = useCallback(
    async (change: (engine: Awaited<ReturnType<typeof loadInventoryEngine>>) => string[]): Promise<boolean> => {
      setSaving(true)
      setError(undefined)
      try {
        const engine = await loadInventoryEngine()
        const next = change(engine)
        const { installationId } = await client.metadata()
        if (!installationId) throw new Error('The app has no installation id: it is not installed in this account.')
        await api.appInstallations.updateSettings(installationId, { [IGNORED_VALUES_SETTING]: engine.serializeIgnoredValues(next) })
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
    add: useCallback((value: string) => save((engine) => engine.addIgnoredValue(values, value)), [save, values]),
    remove: useCallback((value: string) => save((engine) => engine.removeIgnoredValue(values, value)), [save, values]),
  }
}

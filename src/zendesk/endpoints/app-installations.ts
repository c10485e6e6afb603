import type { ApiCaller } from '../support-api-client'
import { installationResponseSchema } from '../schemas/app-installation-schemas'

/**
 * The app's own installation (Apps API). Changing its settings needs an admin: for agents Zendesk answers
 * 403, which the caller shows as "ask an administrator".
 */
export function createAppInstallationEndpoints(api: ApiCaller) {
  return {
    /** Updates the given settings only; Zendesk keeps the others. Resolves with the settings it stored. */
    async updateSettings(installationId: number, settings: Record<string, unknown>, signal?: AbortSignal): Promise<Record<string, unknown>> {
      const body = await api.call({ method: 'PUT', path: `/api/v2/apps/installations/${installationId}`, body: { settings } }, installationResponseSchema, signal)
      return { ...settings, ...(body.settings ?? {}) }
    },
  }
}

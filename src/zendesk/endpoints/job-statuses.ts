import type { ApiCaller } from '../support-api-client'
import { jobStatusResponseSchema, type ZendeskJobStatus } from '../schemas/erasure-schemas'

/** Job statuses (reference §1.7): readable for a day; polling is how the app learns a bulk job finished. */
export function createJobStatusEndpoints(api: ApiCaller) {
  return {
    async getJobStatus(jobId: string, signal?: AbortSignal): Promise<ZendeskJobStatus> {
      return (await api.call({ method: 'GET', path: `/api/v2/job_statuses/${encodeURIComponent(jobId)}` }, jobStatusResponseSchema, signal)).job_status
    },
  }
}

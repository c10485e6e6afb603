import type { ApiCaller } from '../support-api-client'

/** Talk (reference §1.9): deletes every recording (call and voicemail) of a call. Admins only. */
export function createVoiceRecordingEndpoints(api: ApiCaller) {
  return {
    async deleteCallRecordings(callId: string, signal?: AbortSignal): Promise<void> {
      await api.send({ method: 'DELETE', path: `/api/v2/channels/voice/calls/${encodeURIComponent(callId)}/recordings` }, signal)
    },
  }
}

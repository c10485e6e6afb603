// The SDK ships no types (toolchain.md §3); this declares only the entry point we call.
declare module 'zendesk_app_framework_sdk' {
  const ZAFClient: {
    init(callback?: (registration: { context?: unknown; metadata?: unknown }) => void, location?: Location): unknown
  }
  export default ZAFClient
}

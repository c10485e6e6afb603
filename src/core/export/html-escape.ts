const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

/** The URL when it is http(s), for an `href`; anything else (`javascript:`, `data:`…) gets no link. */
export function safeHttpUrl(value: string): string | null {
  const trimmed = value.trim()
  return /^https?:\/\/[^\s"'<>`]+$/i.test(trimmed) ? trimmed : null
}

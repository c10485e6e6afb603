// Strict textual IPv4/IPv6 parsing (RFC 4291 §2.2 forms, zone ids) on already-delimited strings.

export function ipv4Valid(s: string): boolean {
  const parts = s.split('.')
  if (parts.length !== 4) return false
  for (const p of parts) {
    if (p.length === 0 || p.length > 3 || !/^\d+$/.test(p)) return false
    if (p.length > 1 && p.charCodeAt(0) === 48) return false
    if (Number(p) > 255) return false
  }
  return true
}

const HEXTET = /^[0-9A-Fa-f]{1,4}$/

/** `s` without brackets; may carry a `%zone` suffix. */
export function ipv6Valid(s: string): boolean {
  const pct = s.indexOf('%')
  if (pct >= 0) {
    if (!/^[0-9A-Za-z_.-]{1,32}$/.test(s.slice(pct + 1))) return false
    s = s.slice(0, pct)
  }
  let groupsNeeded = 8
  const lastColon = s.lastIndexOf(':')
  if (lastColon < 0) return false
  const tail = s.slice(lastColon + 1)
  if (tail.includes('.')) {
    if (!ipv4Valid(tail)) return false
    s = s.slice(0, lastColon + 1) + '0:0'
    groupsNeeded = 8
  }
  const dbl = s.indexOf('::')
  if (dbl >= 0) {
    if (s.indexOf('::', dbl + 1) >= 0) return false
    const head = s.slice(0, dbl)
    const rest = s.slice(dbl + 2)
    const h = head === '' ? [] : head.split(':')
    const r = rest === '' ? [] : rest.split(':')
    if (h.length + r.length > groupsNeeded - 1) return false
    return h.every((g) => HEXTET.test(g)) && r.every((g) => HEXTET.test(g))
  }
  const groups = s.split(':')
  return groups.length === groupsNeeded && groups.every((g) => HEXTET.test(g))
}

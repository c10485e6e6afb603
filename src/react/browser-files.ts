/**
 * Getting a file out of the sidebar. The ZAF iframe may be sandboxed without `allow-downloads` in some
 * hosts, and a download cannot be detected as failed, so every download comes with fallbacks: copy to the
 * clipboard, or open in a new window (a Blob URL, so no data leaves the browser).
 */

/** Starts a download through a Blob and `a[download]`; false when the browser refused outright. */
export function downloadText(fileName: string, text: string, mimeType: string): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
    const anchor = document.createElement('a')
    anchor.href = url
    anchor.download = fileName
    anchor.rel = 'noopener'
    anchor.style.display = 'none'
    document.body.appendChild(anchor)
    anchor.click()
    anchor.remove()
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return true
  } catch {
    return false
  }
}

/** Opens text in a new browser window; false when a pop-up blocker said no. */
export function openInNewWindow(text: string, mimeType: string): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
    // Without `noopener`, so a blocked pop-up is detectable (null); the opener link is cut right after.
    const opened = window.open(url, '_blank')
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    if (!opened) return false
    opened.opener = null
    return true
  } catch {
    return false
  }
}

/** Copies text; the async Clipboard API first, then the legacy selection route iframes often still allow. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Fall through: a permissions policy on the iframe can block the Clipboard API.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}

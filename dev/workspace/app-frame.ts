import type { FrameSize } from './zaf-actions'
import type { ColorScheme } from './workspace-state'

/**
 * The sidebar iframe, created the way Zendesk does: `assets/iframe.html?origin=&app_guid=&colorScheme=`
 * (zendesk-reference.md §3.6, §3.8), sandboxed like Agent Workspace app frames. A new element per load,
 * so a reload gives the app a fresh window and the host a fresh protocol session.
 */

export interface AppFrame {
  element: HTMLIFrameElement
  appOrigin: string
  appGuid: string
  src: string
  /** The last `resize` the app invoked (undefined until it does). */
  lastResize: FrameSize | undefined
  resize(size: FrameSize): void
}

export const APP_PAGE = 'assets/iframe.html'
/** Before the app's first `resize`, Zendesk shows a short frame; the app must size itself. */
const INITIAL_HEIGHT = '120px'
const SANDBOX = 'allow-same-origin allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals'

export function appFrameUrl(appBase: string, hostOrigin: string, appGuid: string, colorScheme: ColorScheme): string {
  const url = new URL(`${appBase.replace(/\/+$/, '')}/${APP_PAGE}`)
  url.searchParams.set('origin', hostOrigin)
  url.searchParams.set('app_guid', appGuid)
  url.searchParams.set('colorScheme', colorScheme)
  return url.href
}

export function createAppFrame(options: { appBase: string; hostOrigin: string; colorScheme: ColorScheme; title: string }): AppFrame {
  const appGuid = crypto.randomUUID()
  const src = appFrameUrl(options.appBase, options.hostOrigin, appGuid, options.colorScheme)
  const element = document.createElement('iframe')
  element.className = 'app-frame'
  element.title = options.title
  element.setAttribute('sandbox', SANDBOX)
  element.style.height = INITIAL_HEIGHT
  element.style.width = '100%'
  element.src = src
  const frame: AppFrame = {
    element,
    appOrigin: new URL(src).origin,
    appGuid,
    src,
    lastResize: undefined,
    resize(size) {
      frame.lastResize = size
      if (size.height) element.style.height = size.height
      // The sidebar decides the width (flexible apps); a fixed width narrower than it is still honoured.
      if (size.width) element.style.width = size.width
      element.dataset.resized = 'true'
    },
  }
  return frame
}

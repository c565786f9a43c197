import { shell, type Session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from './csp'
import { isTrustedExternalUrl } from './trustedUrl'

/**
 * Session-wide policy. Dossier needs no permission at all (no camera, notifications, geolocation,
 * clipboard-read…): every request and check is denied. Headers add the CSP to every response.
 * The spellchecker stays off: on Windows and Linux it would download Hunspell dictionaries.
 */
export function hardenSession(session: Session): void {
  session.setSpellCheckerEnabled(false)
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
}

/**
 * Per-window policy: the window never navigates away from the app, never opens windows and never
 * hosts a <webview>. A link the user follows goes to the OS browser, and only when it passes the
 * trusted-URL check.
 */
export function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    if (isTrustedExternalUrl(url)) void shell.openExternal(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isTrustedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

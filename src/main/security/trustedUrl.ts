/**
 * Whether a link from an article may be handed to the OS browser. Only plain web links: http(s),
 * no user name or password in them (a classic phishing disguise), and not to this machine or a
 * private network, which an imported page could use to reach local services.
 */
export function isTrustedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false
  if (url.username || url.password) return false
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (!host || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return false
  if (/^(127\.|10\.|192\.168\.|169\.254\.|0\.)/.test(host)) return false
  if (/^172\.(1[6-9]|2\d|3[01])\./.test(host)) return false
  if (host === '::1' || host.startsWith('fe80:') || host.startsWith('fc') || host.startsWith('fd')) return false
  return true
}

/** Whether a URL is one of the app's own pages (the built renderer, or the dev server). */
export function isAppUrl(raw: string, appOrigin: { fileIndex: string; devServer?: string }): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (appOrigin.devServer) {
    try {
      if (url.origin === new URL(appOrigin.devServer).origin) return true
    } catch {
      /* a malformed dev server URL trusts nothing */
    }
  }
  if (url.protocol !== 'file:') return false
  const index = new URL(appOrigin.fileIndex)
  return url.pathname === index.pathname
}

/**
 * The renderer's Content-Security-Policy: nothing but the app's own files, no inline script, no
 * remote origin of any kind. The same policy stands in index.html's meta tag; the session adds it
 * as a header too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ')

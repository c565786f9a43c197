import { describe, expect, it } from 'vitest'
import { isAppUrl, isTrustedExternalUrl } from './trustedUrl'

describe('isTrustedExternalUrl', () => {
  it.each(['https://www.cnn.com/2023/09/13/asia/kim-putin', 'http://example.org/a?b=c#d'])('allows %s', (url) => {
    expect(isTrustedExternalUrl(url)).toBe(true)
  })
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>1</script>',
    'smb://server/share',
    'https://user:pass@example.org/',
    'http://localhost:3000/',
    'http://127.0.0.1/',
    'http://192.168.1.1/admin',
    'http://10.0.0.2/',
    'http://172.20.0.1/',
    'http://[::1]/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedExternalUrl(url)).toBe(false)
  })
})

describe('isAppUrl', () => {
  const app = { fileIndex: 'file:///opt/dossier/out/renderer/index.html' }
  it('accepts the built renderer page, with or without a fragment', () => {
    expect(isAppUrl('file:///opt/dossier/out/renderer/index.html', app)).toBe(true)
    expect(isAppUrl('file:///opt/dossier/out/renderer/index.html#x', app)).toBe(true)
  })
  it('refuses other files and web pages', () => {
    expect(isAppUrl('file:///tmp/evil.html', app)).toBe(false)
    expect(isAppUrl('https://example.org/', app)).toBe(false)
  })
  it('accepts the dev server origin only when one is set', () => {
    expect(isAppUrl('http://localhost:5173/', app)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', { ...app, devServer: 'http://localhost:5173' })).toBe(true)
  })
})

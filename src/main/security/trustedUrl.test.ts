import { describe, expect, it } from 'vitest'
import { isAppUrl, isTrustedExternalUrl } from './trustedUrl'

describe('isTrustedExternalUrl', () => {
  it.each([
    'https://www.cnn.com/2023/09/13/asia/kim-putin',
    'http://example.org/a?b=c#d',
    'https://example.com/',
    // Public hosts whose names begin like IPv6 unique-local or link-local prefixes.
    'https://fda.gov/news-events',
    'https://fcc.gov/',
    'https://fdic.gov/',
    'https://fc-bayern.de/',
    'https://fd.io/',
    'https://fe80.example.com/',
    'https://127.0.0.1.example.com/',
    'https://localhost.example.com/',
    'https://bücher.example/',
    'https://xn--bcher-kva.example/',
    'http://8.8.8.8/',
    'http://100.63.255.255/',
    'http://100.128.0.1/',
    'http://172.32.0.1/',
    'http://[2001:4860:4860::8888]/',
    'http://[::ffff:8.8.8.8]/',
    'https://evil.example/?next=http://127.0.0.1/',
  ])('allows %s', (url) => {
    expect(isTrustedExternalUrl(url)).toBe(true)
  })

  it.each([
    // Not web links.
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>1</script>',
    'smb://server/share',
    'ftp://example.org/',
    'not a url',
    // User names and passwords disguise where a link goes.
    'https://user:pass@example.org/',
    'https://google.com@evil.example/',
    'https://www.cnn.com:443@192.168.1.1/',
    // This machine by name.
    'http://localhost:3000/',
    'http://LOCALHOST/',
    'http://localhost./',
    'http://app.localhost/',
    'http://app.localhost./',
    'http://printer.local/',
    // IPv4 loopback, private, link-local, carrier-grade NAT, "this host", multicast and broadcast.
    'http://127.0.0.1/',
    'http://127.255.255.254/',
    'http://10.0.0.2/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/admin',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://100.127.255.255/',
    'http://0.0.0.0:8080/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    // IPv4 spellings the URL parser turns into 127.0.0.1 or 10.0.0.1.
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0x7f.0.0.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://0/',
    'http://167772161/',
    // IPv6 loopback, unspecified, unique-local, link-local, multicast.
    'http://[::1]/',
    'http://[0:0:0:0:0:0:0:1]:8080/',
    'http://[::]/',
    'http://[fc00::1]/',
    'http://[fd12:3456:789a::1]/',
    'http://[fe80::1]/',
    'http://[febf::1]/',
    'http://[ff02::1]/',
    // IPv6 addresses that carry a local IPv4 address.
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::ffff:192.168.0.1]/',
    'http://[::127.0.0.1]/',
    'http://[::ffff:0:10.0.0.1]/',
    'http://[64:ff9b::127.0.0.1]/',
    'http://[2002:7f00:1::]/',
  ])('refuses %s', (url) => {
    expect(isTrustedExternalUrl(url)).toBe(false)
  })
})

describe('isAppUrl', () => {
  const built = { fileIndex: 'file:///opt/dossier/out/renderer/index.html', isDev: false }
  const dev = { ...built, devServer: 'http://localhost:5173', isDev: true }

  it('accepts the built renderer page, with or without a fragment or query', () => {
    expect(isAppUrl('file:///opt/dossier/out/renderer/index.html', built)).toBe(true)
    expect(isAppUrl('file:///opt/dossier/out/renderer/index.html#x', built)).toBe(true)
    expect(isAppUrl('file:///opt/dossier/out/renderer/index.html?a=1', built)).toBe(true)
    // The URL parser drops `localhost` from file URLs: it names this machine too.
    expect(isAppUrl('file://localhost/opt/dossier/out/renderer/index.html', built)).toBe(true)
  })

  it('refuses the same path on another host (a network share)', () => {
    expect(isAppUrl('file://other-host/opt/dossier/out/renderer/index.html', built)).toBe(false)
    expect(isAppUrl('file://127.0.0.1/opt/dossier/out/renderer/index.html', built)).toBe(false)
    expect(isAppUrl('file://other-host/opt/dossier/out/renderer/index.html', dev)).toBe(false)
  })

  it('accepts the app on a network share only from that share', () => {
    const shared = { fileIndex: 'file://server/apps/dossier/out/renderer/index.html', isDev: false }
    expect(isAppUrl('file://server/apps/dossier/out/renderer/index.html', shared)).toBe(true)
    expect(isAppUrl('file://evil/apps/dossier/out/renderer/index.html', shared)).toBe(false)
    expect(isAppUrl('file:///apps/dossier/out/renderer/index.html', shared)).toBe(false)
  })

  it('refuses other files, web pages and misleading URLs', () => {
    for (const url of [
      'file:///tmp/evil.html',
      'file:///opt/dossier/out/renderer/index.html.evil',
      'file:///opt/dossier/out/renderer/../renderer-evil/index.html',
      'https://example.org/',
      'https://evil.example/?next=file:///opt/dossier/out/renderer/index.html',
      'http://localhost.evil.example:5173/',
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://user@localhost:5173/',
      'invalid',
    ]) {
      expect(isAppUrl(url, built), url).toBe(false)
      expect(isAppUrl(url, dev), url).toBe(false)
    }
  })

  it('trusts the dev server origin only while developing', () => {
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', { ...dev, isDev: false })).toBe(false)
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/index.html#x', dev)).toBe(true)
  })

  it('trusts nothing from a malformed dev server URL', () => {
    expect(isAppUrl('http://localhost:5173/', { ...dev, devServer: 'not a url' })).toBe(false)
  })
})

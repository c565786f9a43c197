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
  // The URL parser has already turned every IPv4 spelling (2130706433, 0x7f000001, 0177.0.0.1,
  // 127.1) into dotted decimal and every IPv6 literal into its compressed form, so only those two
  // shapes need reading here.
  const host = url.hostname.toLowerCase()
  if (host.startsWith('[')) return !isLocalIPv6(host.slice(1, -1))
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return !isLocalIPv4(host.split('.').map(Number))
  // `localhost.` names the same host as `localhost`.
  const name = host.replace(/\.+$/, '')
  if (!name || name === 'localhost' || name.endsWith('.localhost') || name.endsWith('.local')) return false
  return true
}

/** [first octet, second octet lower bound, second octet upper bound] of ranges that are not the public internet. */
const LOCAL_IPV4: [number, number, number][] = [
  [0, 0, 255], // "this network", 0.0.0.0 reaches this machine
  [10, 0, 255], // private
  [100, 64, 127], // carrier-grade NAT, 100.64.0.0/10
  [127, 0, 255], // loopback
  [169, 254, 254], // link-local
  [172, 16, 31], // private
  [192, 168, 168], // private
  [198, 18, 19], // benchmarking, 198.18.0.0/15
]

function isLocalIPv4([a, b, c]: number[]): boolean {
  if (a >= 224) return true // multicast, reserved and broadcast
  if (a === 192 && b === 0 && c === 0) return true // IETF protocol assignments
  return LOCAL_IPV4.some(([first, low, high]) => a === first && b >= low && b <= high)
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (compressed, no IPv4 tail). */
function ipv6Groups(address: string): number[] | null {
  const [head, tail] = address.split('::')
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : [])
  const left = parse(head)
  const right = parse(tail)
  const groups =
    tail === undefined ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right]
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null
}

function isLocalIPv6(address: string): boolean {
  const g = ipv6Groups(address)
  if (!g) return true
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0)
  const embedded = (hi: number, lo: number) => isLocalIPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff])
  if (zeros(0, 7) && g[7] <= 1) return true // :: and ::1
  if ((g[0] & 0xfe00) === 0xfc00) return true // unique local, fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0) return true // link-local and old site-local
  if ((g[0] & 0xff00) === 0xff00) return true // multicast
  // Addresses that carry an IPv4 address reach wherever that one does: IPv4-compatible (::a.b.c.d),
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d), 6to4 (2002:ab:cd::).
  if (zeros(0, 6) || (zeros(0, 5) && g[5] === 0xffff) || (zeros(0, 4) && g[4] === 0xffff && g[5] === 0)) {
    return embedded(g[6], g[7])
  }
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return embedded(g[6], g[7])
  if (g[0] === 0x2002) return embedded(g[1], g[2])
  return false
}

export interface AppLocation {
  /** The built renderer page, as a file: URL. */
  fileIndex: string
  /** The dev server's URL, trusted only while developing. */
  devServer?: string
  /** False in a packaged app: then the dev server is never trusted, whatever the environment says. */
  isDev: boolean
}

/**
 * Whether a URL is one of the app's own pages: the built renderer file on this machine (same host
 * as the app's file: URL, normally none; `file://server/…` is a network share), or the dev server
 * while developing.
 */
export function isAppUrl(raw: string, app: AppLocation): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  if (app.isDev && app.devServer) {
    try {
      if (url.origin === new URL(app.devServer).origin) return true
    } catch {
      /* a malformed dev server URL trusts nothing */
    }
  }
  if (url.protocol !== 'file:') return false
  const index = new URL(app.fileIndex)
  return url.host === index.host && url.pathname === index.pathname
}

/**
 * Parses untrusted HTML into a DOM with linkedom: a plain tree of nodes with no window, no
 * scripting and no loader, so an imported page can neither run nor reach the network, and no
 * window is left open to keep a document alive. It is several times faster than jsdom, but its
 * parser (htmlparser2) is not the HTML5 tree builder, so two things are done here that HTML5 does:
 * NUL and carriage returns are normalised before parsing, and the document is given its
 * html/head/body skeleton, with content that a page left in its head or outside its body moved
 * into the body. The prepass (htmlPrepass.ts) has already refused what no parser should build.
 */
import { parseHTML } from 'linkedom'

/** What HTML allows in a head; anything else there starts the body. */
const HEAD_CONTENT = new Set([
  'base',
  'basefont',
  'bgsound',
  'link',
  'meta',
  'title',
  'noscript',
  'noframes',
  'style',
  'script',
  'template',
])

const ELEMENT = 1
const TEXT = 3
const COMMENT = 8
const DOCTYPE = 10

const isElement = (node: Node, name: string): boolean =>
  node.nodeType === ELEMENT && (node as Element).localName === name

/** Whitespace, a comment, or an element a head may hold: nothing that starts the body. */
const belongsInHead = (node: Node): boolean =>
  node.nodeType === COMMENT ||
  (node.nodeType === TEXT && !(node.nodeValue ?? '').trim()) ||
  (node.nodeType === ELEMENT && HEAD_CONTENT.has((node as Element).localName))

export function parseHtmlDocument(html: string): Document {
  // HTML5 turns CR LF and CR into LF and NUL into U+FFFD before tokenising; htmlparser2 does not.
  const input = html.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD')
  const { document } = parseHTML(input) as unknown as { document: Document }
  const rebuilt = withSkeleton(document)
  // A well-formed page has at most one of each tag, and then no strays: counting them in the
  // string is cheaper than looking for them in the tree.
  if (rebuilt || (input.match(/<(?:html|head|body)[\s/>]/gi)?.length ?? 0) > 3)
    unwrapStraySkeleton(document.body)
  return document
}

/**
 * html, head and body tags met inside the body add nothing in HTML5 (a second <html> only lends
 * its attributes); htmlparser2 opens elements for them, and the reader skips whatever is in a
 * head. Each is replaced by its children, so what a page wrote after a stray <head> stays text.
 */
function unwrapStraySkeleton(body: HTMLElement): void {
  for (const stray of [...body.querySelectorAll('html, head, body')]) stray.replaceWith(...stray.childNodes)
}

/**
 * Gives the document one html element holding one head and one body, as HTML5 parsing does;
 * answers whether it had to move anything.
 */
function withSkeleton(document: Document): boolean {
  const top = [...document.childNodes].filter((n) => n.nodeType !== DOCTYPE)
  const found = top.find((n) => isElement(n, 'html')) as Element | undefined
  const html = found ?? document.createElement('html')
  const children = [...html.childNodes]
  const foundHead = children.find((n) => isElement(n, 'head')) as Element | undefined
  const foundBody = children.find((n) => isElement(n, 'body')) as Element | undefined
  const outside = (n: Node): boolean => n !== html && n !== foundHead && n !== foundBody
  // The usual page: nothing but comments and whitespace outside a head that holds only head content.
  if (
    foundHead &&
    foundBody &&
    [...top, ...children].every((n) => !outside(n) || belongsInHead(n)) &&
    [...foundHead.childNodes].every(belongsInHead)
  ) {
    return false
  }

  const head = foundHead ?? document.createElement('head')
  const body = foundBody ?? document.createElement('body')
  // What lies outside head and body, in document order, before the body or after it.
  const htmlAt = found ? top.indexOf(found) : top.length
  const bodyAt = foundBody ? children.indexOf(foundBody) : children.length
  const before = [...top.slice(0, htmlAt), ...children.slice(0, bodyAt)].filter(outside)
  const after = [...children.slice(bodyAt + 1), ...top.slice(htmlAt + 1)].filter(outside)
  // Head content stays in the head up to the first thing that is not; from there on it is body.
  const headNodes = [...head.childNodes]
  const headEnd = firstNotInHead(headNodes)
  const beforeEnd = headEnd < headNodes.length ? 0 : firstNotInHead(before)
  for (const node of before.slice(0, beforeEnd)) head.appendChild(node)
  const firstOfBody = body.firstChild
  for (const node of [...headNodes.slice(headEnd), ...before.slice(beforeEnd)])
    body.insertBefore(node, firstOfBody)
  for (const node of after) body.appendChild(node)

  for (const node of [...document.childNodes]) if (node.nodeType !== DOCTYPE) node.remove()
  html.appendChild(head)
  html.appendChild(body)
  document.appendChild(html)
  return true
}

/** The index of the first node that does not belong in a head (the length when all do). */
function firstNotInHead(nodes: Node[]): number {
  const i = nodes.findIndex((n) => !belongsInHead(n))
  return i < 0 ? nodes.length : i
}

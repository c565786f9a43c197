/**
 * XML and XHTML from EPUBs, parsed without ever expanding an entity. A DOCTYPE's internal subset
 * can declare entities that expand exponentially ("billion laughs") or name external files, and
 * jsdom's XML parser does expand internal ones; so every DOCTYPE is removed before parsing.
 * Chapters are parsed as HTML, which reads the XHTML that real books contain (with `&nbsp;` and
 * other HTML entities an XML parser rejects without the DTD) and never honours a DTD.
 */
import { JSDOM } from 'jsdom'

let window: JSDOM['window'] | null = null

/** One inert window for the process: documents made by its DOMParser have no browsing context. */
function parser(): DOMParser {
  window ??= new JSDOM('').window
  return new window.DOMParser()
}

/** Removes the XML declaration and any DOCTYPE, internal subset and all. */
export function withoutDoctype(text: string): string {
  return text.replace(/<\?xml[^>]*>/gi, '').replace(/<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/gi, '')
}

/** Elements that HTML never has content for; any other "<x/>" must become "<x></x>" for the HTML parser. */
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|param)$/i

/** XHTML to the HTML the HTML parser reads the same way: self-closed non-void elements closed. */
export function xhtmlAsHtml(xhtml: string): string {
  return withoutDoctype(xhtml).replace(
    /<([a-zA-Z][\w:.-]*)((?:\s+[^<>]*?)?)\s*\/>/g,
    (whole, name: string, attrs: string) => (VOID.test(name) ? whole : `<${name}${attrs}></${name}>`),
  )
}

export function parseHtmlDocument(html: string): Document {
  return parser().parseFromString(html, 'text/html')
}

/** Parses XML (an OPF, container.xml); a document the XML parser rejects is read as HTML instead. */
export function parseXmlDocument(xml: string): Document {
  const clean = withoutDoctype(xml)
  const document = parser().parseFromString(clean, 'application/xml')
  if (!document.getElementsByTagName('parsererror').length) return document
  return parseHtmlDocument(clean)
}

/** An element's name without a namespace prefix, lowercased ("dc:Title" -> "title"). */
export const localName = (element: Element): string => element.localName.replace(/^.*:/, '').toLowerCase()

/** The elements of the document with that local name, whatever prefix or namespace they have. */
export function elementsNamed(root: Document | Element, name: string): Element[] {
  return [...root.getElementsByTagName('*')].filter((e) => localName(e) === name)
}

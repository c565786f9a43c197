import { XMLBuilder, XMLParser } from 'fast-xml-parser'
import type { AnnotationColor } from '../../../../shared/model/annotation'
import { ImportError } from '../../importers/importError'
import { nearestColor } from './ids'

export const PROJECT_NS = 'urn:QDA-XML:project:1.0'
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0'
export const ORIGIN = 'Dossier'

/** Attribute keys carry this prefix in the parsed and built trees, so they never clash with child elements. */
const ATTR = '@_'

/** Elements that may repeat: always arrays when parsed, so one and many read the same way. */
const REPEATED = new Set([
  'Code',
  'User',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'Note',
  'Set',
  'MemberCode',
  'Variable',
  'VariableValue',
])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => REPEATED.has(name),
})

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  // `isCodable="true"`, as the schema asks, not a bare HTML-style `isCodable`.
  suppressBooleanAttributes: false,
  format: true,
  indentBy: '  ',
})

/** A parsed element: attributes under `@_name`, children by element name, text under `#text`. */
export type XmlNode = { [key: string]: unknown }

/** Parses a REFI-QDA document; a file that is not well-formed XML is an ImportError naming it. */
export function parseXml(text: string, fileName: string): XmlNode {
  try {
    return parser.parse(text, true) as XmlNode
  } catch (error) {
    throw new ImportError(
      fileName,
      `it is not well-formed XML (${(error as Error).message.replace(/\.?$/, '')})`,
    )
  }
}

export function buildXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(root)}`
}

export function attr(node: XmlNode, name: string): string | undefined {
  const value = node[ATTR + name]
  return typeof value === 'string' ? value : undefined
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name]
  if (value === undefined || value === '') return []
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' && v ? v : {}) as XmlNode)
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0]
}

/** The text of a text-only child element (`<Description>…</Description>`), or ''. */
export function textOf(node: XmlNode | undefined, name: string): string {
  const value = node?.[name]
  const first = Array.isArray(value) ? value[0] : value
  if (typeof first === 'string') return first
  if (first && typeof first === 'object' && typeof (first as XmlNode)['#text'] === 'string') {
    return (first as XmlNode)['#text'] as string
  }
  return ''
}

/** Attributes for the builder: `{ guid: 'X' }` → `{ '@_guid': 'X' }`, leaving out undefined ones. */
export function attrs(values: Record<string, string | number | boolean | undefined>): XmlNode {
  const out: XmlNode = {}
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[ATTR + key] = String(value)
  return out
}

/** A code of a REFI-QDA codebook as read, with the codes nested under it. */
export interface QdaCode {
  guid: string
  name: string
  color: AnnotationColor | null
  description: string
  children: QdaCode[]
}

/** Reads the `<Code>` elements of a `<Codes>` element, nested; a code without a name or GUID is an error. */
export function readCodes(codes: XmlNode | undefined, fileName: string): QdaCode[] {
  return children(codes, 'Code').map((node) => {
    const guid = attr(node, 'guid')
    const name = attr(node, 'name')
    if (!guid || !name?.trim()) {
      throw new ImportError(fileName, 'it has a code without a name or GUID')
    }
    return {
      guid,
      name,
      color: nearestColor(attr(node, 'color')),
      description: textOf(node, 'Description'),
      children: readCodes(node, fileName),
    }
  })
}

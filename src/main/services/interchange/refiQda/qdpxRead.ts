import { BoundedZip } from '../../importers/boundedZip'
import { ImportError, Unreadable } from '../../importers/importError'
import { guidKey } from './ids'
import { type SourceMetadata, sourceMetadataReader } from './sourceVariables'
import { decodeUtf8 } from './text'
import { type QdaCode, type XmlNode, attr, child, children, parseXml, readCodes, textOf } from './xml'

/** How far a .qdpx may expand, and how many files it may hold: a project's text, not its media. */
export const QDPX_LIMITS = { inflatedBytes: 200 * 1024 * 1024, entries: 10_000 }

/** A coded (or only marked) passage of a text source, in code points as the file counts them. */
export interface QdaSelection {
  guid: string
  start: number
  end: number
  createdAt: string | null
  codeGuids: string[]
  noteGuids: string[]
  description: string
}

export interface QdaTextSource {
  guid: string
  name: string
  /** The plain text, or null when the project does not hold it (ATLAS.ti leaves some out). */
  text: string | null
  /** Byline, publisher, publication date, URL and language from the source's variables; null where it has none. */
  metadata: SourceMetadata
  selections: QdaSelection[]
  noteGuids: string[]
}

export interface QdaProject {
  name: string
  codes: QdaCode[]
  sources: QdaTextSource[]
  /** Note texts by GUID key. */
  notes: Map<string, string>
}

const refs = (node: XmlNode, name: string): string[] =>
  children(node, name)
    .map((r) => attr(r, 'targetGUID'))
    .filter((g): g is string => !!g)
    .map(guidKey)

function position(node: XmlNode, name: string, file: string): number {
  const value = Number(attr(node, name))
  if (!Number.isInteger(value) || value < 0) {
    throw new ImportError(file, `a coded selection has no valid ${name} (“${attr(node, name) ?? ''}”)`)
  }
  return value
}

/**
 * Reads a REFI-QDA project file (.qdpx): its project.qde (any letter case, as ATLAS.ti writes `Project.qde`),
 * the plain text of each text source (inline or in `sources/`) and its variables, codes, selections and notes.
 * The zip is read with the bounded reader, so a zip bomb is refused before it fills the memory.
 */
export function readQdpx(bytes: Uint8Array, file: string): QdaProject {
  try {
    const zip = new BoundedZip(
      bytes,
      QDPX_LIMITS,
      'it is not a readable REFI-QDA project (a damaged zip)',
      'the project',
    )
    const names = zip.list()
    const byLowerName = new Map(names.map((n) => [n.toLowerCase(), n]))
    const qdeName = byLowerName.get('project.qde')
    if (!qdeName) throw new Unreadable('it is not a REFI-QDA project (it holds no project.qde)')
    const root = child(parseXml(decodeUtf8(zip.readOne(qdeName)!, file), file), 'Project')
    if (!root) throw new Unreadable('it is not a REFI-QDA project (its project.qde has no <Project>)')

    const sourceText = (source: XmlNode): string | null => {
      const inline = textOf(source, 'PlainTextContent')
      if (inline) return inline
      const path = attr(source, 'plainTextPath')
      if (!path?.startsWith('internal://')) return null
      const entry = byLowerName.get(`sources/${path.slice('internal://'.length)}`.toLowerCase())
      return entry ? decodeUtf8(zip.readOne(entry)!, file) : null
    }
    const readMetadata = sourceMetadataReader(root)
    const sources = children(child(root, 'Sources'), 'TextSource').map((source) => ({
      guid: attr(source, 'guid') ?? '',
      name: attr(source, 'name')?.trim() || 'Untitled source',
      text: sourceText(source),
      metadata: readMetadata(source),
      noteGuids: refs(source, 'NoteRef'),
      selections: children(source, 'PlainTextSelection').map((s) => ({
        guid: attr(s, 'guid') ?? '',
        start: position(s, 'startPosition', file),
        end: position(s, 'endPosition', file),
        createdAt: attr(s, 'creationDateTime') ?? null,
        codeGuids: children(s, 'Coding').flatMap((c) => refs(c, 'CodeRef')),
        noteGuids: refs(s, 'NoteRef'),
        description: textOf(s, 'Description'),
      })),
    }))
    const notes = new Map(
      children(child(root, 'Notes'), 'Note').map((n) => [
        guidKey(attr(n, 'guid') ?? ''),
        textOf(n, 'PlainTextContent'),
      ]),
    )
    return {
      name: attr(root, 'name')?.trim() || file,
      codes: readCodes(child(child(root, 'CodeBook'), 'Codes'), file),
      sources,
      notes,
    }
  } catch (error) {
    if (error instanceof Unreadable) throw new ImportError(file, error.reason)
    throw error
  }
}

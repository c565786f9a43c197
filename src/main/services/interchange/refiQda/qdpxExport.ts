import { userInfo } from 'node:os'
import { strToU8, zipSync } from 'fflate'
import { requireArticle } from '../../articles/read'
import { codeIdsOf, listCodebook } from '../../codebook'
import { ServiceError } from '../../errors'
import type { ExportRunOptions } from '../../exporters/registry'
import type { ExportSelection } from '../../exporters/scope'
import type { Library } from '../../library'
import { listAnnotations } from '../../store/annotations'
import { codeElements } from './codebookXml'
import { stableGuid } from './ids'
import { toCodePoints } from './offsets'
import { type SourceMetadata, metadataOf, variableValues, variablesElement } from './sourceVariables'
import { ORIGIN, PROJECT_NS, type XmlNode, attrs, buildXml } from './xml'

/** The person exporting, as the project's one user: the OS account name, which other tools show as the coder. */
function osUserName(): string {
  try {
    return userInfo().username || 'Dossier user'
  } catch {
    // No passwd entry (some containers): still a valid project.
    return 'Dossier user'
  }
}

interface Memo {
  guid: string
  name: string
  text: string
  at: string
}

/**
 * A REFI-QDA project (.qdpx: a zip of `project.qde` and `sources/<GUID>.txt`), valid against Project.xsd: the
 * selected articles as text sources with their text and their byline, publisher, publication date, URL and
 * language as source variables, the whole codebook, each highlight as a PlainTextSelection (code point offsets)
 * with a Coding per code, and each highlight's note and each article's memo as a Note.
 */
export async function exportQdpx(
  library: Library,
  selection: ExportSelection,
  { signal, onProgress }: ExportRunOptions = {},
): Promise<Uint8Array> {
  const { db } = library
  const now = library.clock().toISOString()
  const userName = osUserName()
  const user = stableGuid('user', userName)
  const files: Record<string, Uint8Array> = {}
  const sources: XmlNode[] = []
  const metadata: SourceMetadata[] = []
  const notes: Memo[] = []
  const noteRef = (memo: Memo): XmlNode => {
    notes.push(memo)
    return attrs({ targetGUID: memo.guid })
  }
  for (const [done, id] of selection.articleIds.entries()) {
    if (signal?.aborted) throw new ServiceError('export-failed', 'The export was cancelled.')
    const article = requireArticle(db, id)
    const guid = stableGuid('article', article.id)
    files[`sources/${guid}.txt`] = strToU8(article.text)
    const selections = listAnnotations(db, article.id).map((a) => {
      const element: XmlNode = attrs({
        guid: stableGuid('annotation', a.id),
        name: a.quote.exact.slice(0, 80),
        startPosition: toCodePoints(article.text, a.position.start),
        endPosition: toCodePoints(article.text, a.position.end),
        creatingUser: user,
        creationDateTime: a.createdAt,
        modifyingUser: user,
        modifiedDateTime: a.updatedAt,
      })
      const codings = codeIdsOf(db, a.id).map((codeId) => ({
        ...attrs({ guid: stableGuid('coding', `${a.id}:${codeId}`), creatingUser: user }),
        CodeRef: attrs({ targetGUID: stableGuid('code', codeId) }),
      }))
      if (codings.length) element.Coding = codings
      if (a.note.trim()) {
        const memo = {
          guid: stableGuid('note', a.id),
          name: `Note on “${a.quote.exact.slice(0, 60)}”`,
          text: a.note,
          at: a.updatedAt,
        }
        element.NoteRef = [noteRef(memo)]
      }
      return element
    })
    const source: XmlNode = attrs({
      guid,
      name: article.title,
      plainTextPath: `internal://${guid}.txt`,
      creatingUser: user,
      creationDateTime: article.importedAt,
    })
    if (selections.length) source.PlainTextSelection = selections
    if (article.memo.trim()) {
      const memo = {
        guid: stableGuid('memo', article.id),
        name: `Memo on “${article.title}”`,
        text: article.memo,
        at: now,
      }
      source.NoteRef = [noteRef(memo)]
    }
    const values = variableValues(article)
    if (values.length) source.VariableValue = values
    metadata.push(metadataOf(article))
    sources.push(source)
    onProgress?.(done + 1, selection.articleIds.length)
    // Let a cancel request in between articles.
    await new Promise((resolve) => setImmediate(resolve))
  }
  const project: XmlNode = {
    ...attrs({
      xmlns: PROJECT_NS,
      name: selection.title,
      origin: ORIGIN,
      creatingUserGUID: user,
      creationDateTime: now,
    }),
    Users: { User: [attrs({ guid: user, name: userName })] },
  }
  const codes = codeElements(listCodebook(db))
  // The schema wants at least one <Code> in a <CodeBook>, and at least one source in <Sources>.
  if (codes.length) project.CodeBook = { Codes: { Code: codes } }
  const variables = variablesElement(metadata)
  if (variables) project.Variables = variables
  if (sources.length) project.Sources = { TextSource: sources }
  if (notes.length) {
    project.Notes = {
      Note: notes.map((n) => ({
        ...attrs({ guid: n.guid, name: n.name, creatingUser: user, creationDateTime: n.at }),
        PlainTextContent: n.text,
      })),
    }
  }
  files['project.qde'] = strToU8(buildXml({ Project: project }))
  return zipSync(files)
}

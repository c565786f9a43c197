import { listCodebook } from '../../codebook'
import { ServiceError } from '../../errors'
import { ImportError } from '../../importers/importError'
import type { Db } from '../../store/db'
import { codeElements } from './codebookXml'
import { CODEBOOK_NS, ORIGIN, type QdaCode, buildXml, child, parseXml, readCodes } from './xml'

/** The library's codebook as a REFI-QDA codebook file (.qdc), valid against Codebook.xsd. */
export function codebookToQdc(db: Db): string {
  const codes = codeElements(listCodebook(db))
  if (!codes.length) {
    // Codebook.xsd asks for at least one <Code>: an empty file would not open in other tools.
    throw new ServiceError('invalid-request', 'The codebook has no codes to export.')
  }
  return buildXml({ CodeBook: { '@_xmlns': CODEBOOK_NS, '@_origin': ORIGIN, Codes: { Code: codes } } })
}

/** Reads the codes of a .qdc file; one that is not a REFI-QDA codebook is a readable error naming it. */
export function readQdc(text: string, fileName: string): QdaCode[] {
  const root = child(parseXml(text, fileName), 'CodeBook')
  if (!root) throw new ImportError(fileName, 'it is not a REFI-QDA codebook (it has no <CodeBook> element)')
  return readCodes(child(root, 'Codes'), fileName)
}

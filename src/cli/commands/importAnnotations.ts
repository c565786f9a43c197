import { importAnnotationFile } from '../../main/services/interchange/webAnnotation/importAnnotationFile'
import type { Library } from '../../main/services/library'
import { UsageError, type Values } from '../args'
import type { Io } from '../output'

/** `dossier import-annotations FILE [--json]`: W3C Web Annotations or a Hypothesis export onto the library. */
export function importAnnotationsCommand(library: Library, files: string[], values: Values, io: Io): number {
  if (files.length !== 1) throw new UsageError('import-annotations needs exactly one FILE')
  const result = importAnnotationFile(library, files[0])
  if (values.json) io.out(JSON.stringify({ anchored: result.anchored, orphaned: result.orphaned }) + '\n')
  else io.out(`${result.anchored} anchored\t${result.orphaned} orphaned\n`)
  return 0
}

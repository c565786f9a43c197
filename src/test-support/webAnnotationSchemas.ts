/**
 * The W3C Web Annotation test suite's "must" assertions (../shared/conformance/web-annotation), as validators:
 * a document conforms when it is valid against every must-schema of its kind.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { sharedPath } from './shared'

export type MustKind = 'annotation' | 'collection' | 'page'

const TEST_FILES: Record<MustKind, string> = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
}

export interface WebAnnotationValidator {
  /** The must-assertions `doc` fails, by file name; empty when it conforms. */
  failedMusts(kind: MustKind, doc: unknown): string[]
}

export function webAnnotationValidator(): WebAnnotationValidator {
  const root = sharedPath('conformance', 'web-annotation')
  const ajv = new Ajv({ strict: false })
  addFormats(ajv)
  const definitions = join(root, 'definitions')
  for (const file of readdirSync(definitions).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(definitions, file), 'utf8')))
  }
  const compiled = new Map<MustKind, { name: string; validate: (doc: unknown) => boolean }[]>()
  for (const kind of Object.keys(TEST_FILES) as MustKind[]) {
    const test = JSON.parse(readFileSync(join(root, TEST_FILES[kind]), 'utf8')) as { assertions: string[] }
    compiled.set(
      kind,
      test.assertions.map((path) => {
        const schema = JSON.parse(readFileSync(join(root, path), 'utf8')) as { expectedResult?: string }
        if (schema.expectedResult !== 'valid') throw new Error(`${path}: expected a "valid" assertion`)
        const validate = ajv.compile(schema)
        return { name: path, validate: (doc: unknown) => validate(doc) }
      }),
    )
  }
  return {
    failedMusts: (kind, doc) =>
      compiled
        .get(kind)!
        .filter((a) => !a.validate(doc))
        .map((a) => a.name),
  }
}

/** The suite's sample annotations that break the model, as text (some are not JSON at all). */
export function incorrectSamples(): { name: string; text: string }[] {
  const dir = sharedPath('conformance', 'web-annotation', 'samples', 'incorrect')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
}

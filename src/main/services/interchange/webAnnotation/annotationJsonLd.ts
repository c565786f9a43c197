import type { Annotation, AnnotationColor } from '../../../../shared/model/annotation'
import { CODE_PATH_SEPARATOR, type CodebookEntry } from '../../../../shared/model/codebook'
import type { VerdictRating } from '../../../../shared/model/verdict'
import {
  ANNO_CONTEXT,
  STYLE_CLASS_PREFIX,
  type WaAnnotation,
  type WaCodeBody,
  type WaTextualBody,
} from './model'

/** What wrote the annotations, so other tools can tell where they came from. */
export const GENERATOR: WaAnnotation['generator'] = { type: 'Software', name: 'Dossier' }

/** An article as a target: its canonical URL when known, else a stable name for the original file's bytes. */
export function targetSource(article: { url: string | null; sha256: string }): string {
  return article.url ?? `urn:sha256:${article.sha256}`
}

// The highlight colours as CSS, so a reader that applies W3C stylesheets shows them as Dossier does.
const HIGHLIGHT_CSS: Record<AnnotationColor, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
}
const STYLESHEET = Object.entries(HIGHLIGHT_CSS)
  .map(([color, css]) => `.${STYLE_CLASS_PREFIX}${color} { background-color: ${css} }`)
  .join(' ')

export const annotationIri = (id: string): string => `urn:uuid:${id}`
export const codeIri = (id: string): string => `urn:uuid:${id}`

/**
 * One highlight as a W3C Annotation: its note as a commenting TextualBody, each tag as a tagging one, each code
 * as a classifying SpecificResource; a highlight with no body is `highlighting`.
 */
export function annotationToJsonLd(
  annotation: Annotation,
  source: string,
  codes: readonly CodebookEntry[],
  creator: string,
): WaAnnotation {
  const body: (WaTextualBody | WaCodeBody)[] = []
  const motivation: string[] = []
  if (annotation.note) {
    body.push({ type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' })
    motivation.push('commenting')
  }
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' })
  if (annotation.tags.length) motivation.push('tagging')
  for (const code of codes) {
    body.push({
      type: 'SpecificResource',
      purpose: 'classifying',
      source: { id: codeIri(code.id), label: code.path.join(CODE_PATH_SEPARATOR) },
    })
  }
  if (codes.length) motivation.push('classifying')
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation:
      motivation.length === 0 ? 'highlighting' : motivation.length === 1 ? motivation[0] : motivation,
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    creator: { type: 'Person', name: creator },
    generator: GENERATOR,
    stylesheet: { type: 'CssStylesheet', value: STYLESHEET },
    ...(body.length ? { body } : {}),
    target: {
      source,
      selector: [annotation.quote, annotation.position],
      styleClass: STYLE_CLASS_PREFIX + annotation.color,
    },
  }
}

/** A judged claim: an `assessing` annotation whose body is the verdict's rating and conclusion. */
export interface JudgedClaim {
  verdictId: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  rating: VerdictRating | null
  status: string
  conclusion: string
  updatedAt: string
  updatedBy: string
  createdAt: string
}

export function verdictToJsonLd(claim: JudgedClaim, source: string): WaAnnotation {
  const rating = claim.rating ?? claim.status
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:dossier:verdict:${claim.verdictId}:${claim.start}-${claim.end}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: { type: 'Person', name: claim.updatedBy },
    generator: GENERATOR,
    body: [
      {
        type: 'TextualBody',
        value: claim.conclusion ? `${rating}: ${claim.conclusion}` : rating,
        format: 'text/plain',
        purpose: 'assessing',
      },
    ],
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
        { type: 'TextPositionSelector', start: claim.start, end: claim.end },
      ],
    },
    verdict: { status: claim.status, rating: claim.rating },
  }
}

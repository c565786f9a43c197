/**
 * The shape of W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) as Dossier writes it, and
 * the names both the writer and the importer agree on.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** A Dossier colour travels as a style class on the target (`dossier-yellow`), so a round trip keeps it. */
export const STYLE_CLASS_PREFIX = 'dossier-'

export interface WaTextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix?: string
  suffix?: string
}

export interface WaTextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export interface WaTextualBody {
  type: 'TextualBody'
  value: string
  purpose: 'commenting' | 'tagging' | 'assessing'
  format?: string
}

/** A code of the codebook: its id and its path from the top (`Framing/State media`) as the label. */
export interface WaCodeBody {
  type: 'SpecificResource'
  purpose: 'classifying'
  source: { id: string; label: string }
}

export interface WaAnnotation {
  '@context': string
  id: string
  type: 'Annotation'
  motivation: string | string[]
  created: string
  modified: string
  creator: { type: 'Person'; name: string }
  generator: { type: 'Software'; name: string }
  /** The model requires a stylesheet wherever a styleClass is used. */
  stylesheet?: { type: 'CssStylesheet'; value: string }
  body?: (WaTextualBody | WaCodeBody)[]
  target: {
    source: string
    selector: [WaTextQuoteSelector, WaTextPositionSelector]
    styleClass?: string
  }
  /**
   * On an `assessing` annotation, the verdict as Dossier keeps it, so that importing the file restores it: the body
   * says the rating in words, but not the status (a rating may be given while the claim is still being checked).
   * Dossier's own key, like a collection's `morePages`: JSON-LD readers that do not know it ignore it.
   */
  verdict?: WaVerdict
}

export interface WaVerdict {
  status: string
  rating: string | null
}

export interface WaPage {
  '@context'?: string
  id: string
  type: 'AnnotationPage'
  /** The collection, described (the suite's page assertions read its total and label there). */
  partOf: { id: string; type: 'AnnotationCollection'; label: string; total: number }
  startIndex: number
  next?: string
  prev?: string
  items: WaAnnotation[]
}

/**
 * A whole export: one collection whose first page is embedded (the model allows that), `last` naming the last page.
 * Pages after the first are embedded too, in order, under `morePages`, Dossier's own key (JSON-LD readers that do not
 * know it ignore it), so that one file holds every annotation while each page's `next` stays an IRI as the model
 * requires.
 */
export interface WaCollection {
  '@context': string
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  created: string
  generator: WaAnnotation['generator']
  first: WaPage
  last: string
  morePages?: WaPage[]
}

import type { ExtractedArticle } from '../../../../shared/model/article'
import { toIsoDate } from '../../importers/dates'
import { httpUrl } from '../../importers/urls'
import { guidKey, stableGuid } from './ids'
import { type XmlNode, attr, attrs, child, children, textOf } from './xml'

/** What a project carries of an article besides its title (the source's name) and text. */
export type SourceMetadata = Pick<ExtractedArticle, 'byline' | 'publisher' | 'published' | 'url' | 'lang'>

/**
 * Each field as a REFI-QDA variable, the standard's named attribute of a source: declared once in the project's
 * <Variables>, valued on each text source. All are Text variables, so a publication date keeps its time and
 * offset when it has them (a Date variable holds the day only).
 */
const VARIABLES: readonly { field: keyof SourceMetadata; name: string; description: string }[] = [
  { field: 'byline', name: 'Byline', description: 'Who wrote the article, as it names them.' },
  { field: 'publisher', name: 'Publisher', description: 'Who published the article.' },
  {
    field: 'published',
    name: 'Published',
    description: 'When the article was published: an ISO 8601 date, with its time when known.',
  },
  { field: 'url', name: 'URL', description: 'Where the article was published.' },
  { field: 'lang', name: 'Language', description: 'The language of the article, as a BCP 47 tag.' },
]

/** Only the fields a project carries, so a list of them does not hold on to each article's text. */
export const metadataOf = ({ byline, publisher, published, url, lang }: SourceMetadata): SourceMetadata => ({
  byline,
  publisher,
  published,
  url,
  lang,
})

const variableGuid = (field: keyof SourceMetadata): string => stableGuid('variable', field)

/** The project's <Variables>: the fields that at least one exported source has, or undefined when none has any. */
export function variablesElement(sources: readonly SourceMetadata[]): XmlNode | undefined {
  const used = VARIABLES.filter((v) => sources.some((s) => s[v.field]))
  if (!used.length) return undefined
  return {
    Variable: used.map((v) => ({
      ...attrs({ guid: variableGuid(v.field), name: v.name, typeOfVariable: 'Text' }),
      Description: v.description,
    })),
  }
}

/** A text source's <VariableValue> elements: one per field the article has. */
export function variableValues(metadata: SourceMetadata): XmlNode[] {
  return VARIABLES.flatMap((v) => {
    const value = metadata[v.field]
    return value ? [{ VariableRef: attrs({ targetGUID: variableGuid(v.field) }), TextValue: value }] : []
  })
}

/** The value elements a metadata field is read from: another tool may type a date as a Date or DateTime. */
const VALUE_ELEMENTS = ['TextValue', 'DateValue', 'DateTimeValue']

/**
 * Reads the metadata of each text source from its variable values, matching the project's variables by name
 * (in any letter case, so a project another tool re-exported still reads). Values are kept as the app's own
 * importers keep them: a date only when it reads as one, a URL only when it is http(s); anything else is null.
 */
export function sourceMetadataReader(project: XmlNode): (source: XmlNode) => SourceMetadata {
  const fieldByGuid = new Map<string, keyof SourceMetadata>()
  for (const variable of children(child(project, 'Variables'), 'Variable')) {
    const name = attr(variable, 'name')?.trim().toLowerCase()
    const known = VARIABLES.find((v) => v.name.toLowerCase() === name)
    const guid = attr(variable, 'guid')
    if (known && guid) fieldByGuid.set(guidKey(guid), known.field)
  }
  return (source) => {
    const raw = new Map<keyof SourceMetadata, string>()
    for (const value of children(source, 'VariableValue')) {
      const field = fieldByGuid.get(guidKey(attr(child(value, 'VariableRef') ?? {}, 'targetGUID') ?? ''))
      const text = VALUE_ELEMENTS.map((e) => textOf(value, e).trim()).find(Boolean)
      if (field && text && !raw.has(field)) raw.set(field, text)
    }
    return {
      byline: raw.get('byline') ?? null,
      publisher: raw.get('publisher') ?? null,
      published: toIsoDate(raw.get('published')),
      url: httpUrl(raw.get('url')),
      lang: raw.get('lang') ?? null,
    }
  }
}

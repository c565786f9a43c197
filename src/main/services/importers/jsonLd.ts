/**
 * The schema.org article description that news sites embed as JSON-LD: the most reliable
 * metadata a page has, when it has it.
 */

export interface JsonLdArticle {
  headline: string | null
  authors: string[]
  publisher: string | null
  datePublished: string | null
  url: string | null
  inLanguage: string | null
}

type Json = unknown

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const text = (v: Json): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

function isArticleType(type: Json): boolean {
  const types = Array.isArray(type) ? type : [type]
  return types.some((t) => typeof t === 'string' && /(?:Article|BlogPosting|NewsArticle|Report)$/.test(t))
}

/** Every object in the JSON, depth first, through arrays and @graph. */
function* objects(value: Json, depth = 0): Generator<Record<string, Json>> {
  if (depth > 8) return
  if (Array.isArray(value)) {
    for (const v of value) yield* objects(v, depth + 1)
  } else if (isObject(value)) {
    yield value
    if (value['@graph']) yield* objects(value['@graph'], depth + 1)
  }
}

function names(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list
    .map((v) => (isObject(v) ? text(v.name) : text(v)))
    .filter((v): v is string => v !== null && !/^https?:/i.test(v))
}

function urlOf(value: Json): string | null {
  if (isObject(value)) return text(value['@id']) ?? text(value.url)
  return text(value)
}

/** The first article described in the page's JSON-LD scripts, or null. */
export function readJsonLd(scripts: string[]): JsonLdArticle | null {
  for (const source of scripts) {
    let parsed: Json
    try {
      parsed = JSON.parse(source)
    } catch {
      continue // sites ship broken JSON-LD often enough; the other sources still count
    }
    for (const node of objects(parsed)) {
      if (!isArticleType(node['@type'])) continue
      const language = node.inLanguage
      return {
        headline: text(node.headline) ?? text(node.name),
        authors: names(node.author),
        publisher: names(node.publisher)[0] ?? null,
        datePublished: text(node.datePublished) ?? text(node.dateCreated),
        url: text(node.url) ?? urlOf(node.mainEntityOfPage),
        inLanguage: isObject(language) ? text(language.name) : text(language),
      }
    }
  }
  return null
}

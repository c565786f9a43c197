import { markdownInline, markdownLines, markdownTag, yamlString as yaml } from './markdownText'
import type { NotesDocument } from './notes'

function blockQuote(text: string): string {
  return markdownLines(text)
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')
}

/**
 * Renders an article's notes as Markdown for Obsidian and other Markdown tools: YAML front
 * matter with the article's provenance, aliases and tags, then each highlight as a block quote
 * with a block id (`^h-…`), followed by its note, its tags and its codes as nested tags
 * (`#code/parent/child`), then the memo. Everything that came from the article or was typed by the user
 * is escaped: it reads as the same text and never becomes markup.
 */
export function notesToMarkdown(docs: NotesDocument[], exportedAt = new Date()): string {
  return docs.map((doc) => oneArticle(doc, exportedAt)).join('\n\n---\n\n')
}

/** A tag segment as Obsidian accepts it: letters, digits, `-` and `_` (spaces become dashes). */
function tagSegment(name: string): string {
  const slug = name
    .replace(/[^\p{L}\p{N}_\s-]/gu, ' ')
    // `_` at a word's edge would read as emphasis where the tag is not taken as one.
    .replace(/_+(?=\s|$)|(?<=^|\s)_+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
  return slug || 'untitled'
}

/** A code as a nested Obsidian tag without its `#`: `code/actors/state-media`. */
export function codeTag(path: string[]): string {
  return ['code', ...path.map(tagSegment)].join('/')
}

/**
 * A highlight's block id (`h-` and the start of its id), so that `[[note#^h-…]]` links keep
 * pointing at it in later exports; made longer when two highlights of a note would share one.
 */
function blockIds(annotations: NotesDocument['annotations']): Map<string, string> {
  const ids = new Map<string, string>()
  const taken = new Set<string>()
  for (const a of annotations) {
    const clean = a.id.toLowerCase().replace(/[^a-z0-9]/g, '')
    let id = `h-${clean.slice(0, 8)}`
    if (taken.has(id)) id = `h-${clean}`
    taken.add(id)
    ids.set(a.id, id)
  }
  return ids
}

function oneArticle({ article, annotations, codePaths = {} }: NotesDocument, exportedAt: Date): string {
  const noteTags = [...new Set(annotations.flatMap((a) => a.tags.map(tagSegment)))]
  const codeTags = [...new Set(annotations.flatMap((a) => (codePaths[a.id] ?? []).map(codeTag)))]
  const frontTags = [...noteTags, ...codeTags]
  const lines: string[] = [
    '---',
    `title: ${yaml(article.title)}`,
    // Block lists, not [a, b]: a tool that shows front matter as Markdown finds no brackets in it.
    'aliases:',
    `  - ${yaml(article.title)}`,
    ...(frontTags.length ? ['tags:', ...frontTags.map((t) => `  - ${yaml(t)}`)] : []),
    `publisher: ${yaml(article.publisher)}`,
    `byline: ${yaml(article.byline)}`,
    `published: ${yaml(article.published)}`,
    `document_created: ${yaml(article.documentDate)}`,
    `url: ${yaml(article.url)}`,
    `source_file: ${yaml(article.fileName)}`,
    `captured: ${yaml(article.capturedAt)}`,
    `sha256: ${article.sha256}`,
    `imported: ${yaml(article.importedAt)}`,
    `exported: ${yaml(exportedAt.toISOString())}`,
    '---',
    '',
    `# ${markdownInline(article.title)}`,
    '',
  ]
  const facts: [string, string | null][] = [
    ['Publisher', article.publisher],
    ['By', article.byline],
    ['Published', article.published],
    ['Document created', article.documentDate],
    ['URL', article.url],
    ['File', article.fileName],
  ]
  for (const [label, value] of facts) if (value) lines.push(`- **${label}:** ${markdownInline(value)}`)
  lines.push('', '## Highlights', '')
  if (annotations.length === 0) lines.push('_No highlights yet._', '')
  const blocks = blockIds(annotations)
  for (const a of annotations) {
    // Obsidian takes a block id on its own line after a quote as the quote's id.
    lines.push(blockQuote(a.quote.exact), '', `^${blocks.get(a.id)}`, '')
    if (a.note.trim()) lines.push(...markdownLines(a.note.trim()), '')
    if (a.tags.length) lines.push(`Tags: ${a.tags.map(markdownTag).join(' ')}`, '')
    const codes = codePaths[a.id] ?? []
    if (codes.length) lines.push(`Codes: ${codes.map((p) => `#${codeTag(p)}`).join(' ')}`, '')
  }
  if (article.memo.trim()) lines.push('## Memo', '', ...markdownLines(article.memo.trim()), '')
  return lines.join('\n').trimEnd() + '\n'
}

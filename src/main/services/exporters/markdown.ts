import { markdownInline, markdownLines, markdownTag, yamlString as yaml } from './markdownText'
import type { NotesDocument } from './notes'

function blockQuote(text: string): string {
  return markdownLines(text)
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')
}

/**
 * Renders an article's notes as Markdown for Obsidian and other Markdown tools: YAML front
 * matter with the article's provenance, then each highlight as a block quote followed by its
 * note and tags, then the memo. Everything that came from the article or was typed by the user
 * is escaped: it reads as the same text and never becomes markup.
 */
export function notesToMarkdown(docs: NotesDocument[], exportedAt = new Date()): string {
  return docs.map((doc) => oneArticle(doc, exportedAt)).join('\n\n---\n\n')
}

function oneArticle({ article, annotations }: NotesDocument, exportedAt: Date): string {
  const lines: string[] = [
    '---',
    `title: ${yaml(article.title)}`,
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
  for (const a of annotations) {
    lines.push(blockQuote(a.quote.exact), '')
    if (a.note.trim()) lines.push(...markdownLines(a.note.trim()), '')
    if (a.tags.length) lines.push(`Tags: ${a.tags.map(markdownTag).join(' ')}`, '')
  }
  if (article.memo.trim()) lines.push('## Memo', '', ...markdownLines(article.memo.trim()), '')
  return lines.join('\n').trimEnd() + '\n'
}

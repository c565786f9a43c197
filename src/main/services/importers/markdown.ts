/**
 * Markdown: the block structure comes from marked's lexer; inline markup is reduced to the words
 * a reader sees (link text, not URLs; no images).
 */
import { lexer, type MarkedToken, type Token } from 'marked'
import { assembleBlocks, type BlockDraft } from '../../../shared/text/blocks'
import type { ExtractedArticle } from '../../../shared/model/article'
import { toIsoDate } from './dates'
import { field, readFrontMatter } from './frontMatter'
import { httpUrl } from './urls'

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
}

/** marked leaves character references in its tokens for the HTML renderer; text needs them read. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (whole, dec, hex, name) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN
    if (!Number.isNaN(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** The words of a raw HTML block: tags, comments, scripts and styles removed. */
function htmlWords(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)|<[^>]*>/g, ' ')
}

/** The visible text of inline tokens. */
function inlineText(tokens: Token[] | undefined): string {
  let out = ''
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'image':
      case 'html':
      case 'checkbox':
        break
      case 'br':
        out += ' '
        break
      case 'codespan':
        out += decodeEntities(token.text)
        break
      default:
        out +=
          'tokens' in token && Array.isArray(token.tokens)
            ? inlineText(token.tokens)
            : decodeEntities('text' in token && typeof token.text === 'string' ? token.text : '')
    }
  }
  return out
}

function toDrafts(tokens: Token[], drafts: BlockDraft[], inQuote = false): void {
  const prose = inQuote ? 'quote' : 'paragraph'
  // Extensions could add other token types; only marked's own are read.
  for (const token of tokens as MarkedToken[]) {
    switch (token.type) {
      case 'heading':
        drafts.push({ type: 'heading', level: token.depth, text: inlineText(token.tokens) })
        break
      case 'paragraph':
      case 'text':
        drafts.push({ type: prose, text: inlineText(token.tokens ?? [token]) })
        break
      case 'code':
        drafts.push({ type: prose, text: token.text })
        break
      case 'blockquote':
        toDrafts(token.tokens, drafts, true)
        break
      case 'list':
        for (const item of token.items) {
          // Nested lists become items of their own, after their parent's text.
          const own = item.tokens.filter((t) => t.type !== 'list')
          const text = own.map((t) => inlineText('tokens' in t && Array.isArray(t.tokens) ? t.tokens : [t]))
          drafts.push({ type: 'listItem', ordered: token.ordered, text: text.join(' ') })
          toDrafts(
            item.tokens.filter((t) => t.type === 'list'),
            drafts,
            inQuote,
          )
        }
        break
      case 'table':
        for (const row of [token.header, ...token.rows]) {
          drafts.push({ type: prose, text: row.map((cell) => inlineText(cell.tokens)).join(' | ') })
        }
        break
      case 'html':
        // Raw HTML blocks keep their words; the markup itself never reaches the text.
        drafts.push({ type: prose, text: decodeEntities(htmlWords(token.text)) })
        break
      default:
        break
    }
  }
}

const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase()

export function extractMarkdown(markdown: string): Omit<ExtractedArticle, 'format'> {
  const { fields, body } = readFrontMatter(markdown)
  const drafts: BlockDraft[] = []
  toDrafts(lexer(body), drafts)

  let title = field(fields, 'title')
  const firstH1 = drafts.findIndex((d) => d.type === 'heading' && d.level === 1)
  if (firstH1 >= 0) {
    const h1 = drafts[firstH1].text.replace(/\s+/g, ' ').trim()
    if (title === null) title = h1
    if (sameText(h1, title)) drafts.splice(firstH1, 1)
  }
  const { text, blocks } = assembleBlocks(drafts)
  // "source" is an outlet's name in some note apps and the page's address in clippers.
  const source = field(fields, 'publisher', 'source', 'site', 'site_name', 'publication')
  return {
    title,
    byline: field(fields, 'author', 'authors', 'byline', 'by'),
    publisher: source && !httpUrl(source) ? source : null,
    published: toIsoDate(field(fields, 'date', 'published', 'pubdate', 'published_at', 'datepublished')),
    lang: field(fields, 'lang', 'language', 'locale'),
    url: httpUrl(field(fields, 'url', 'link', 'canonical', 'canonical_url', 'source_url') ?? source),
    text,
    blocks,
  }
}

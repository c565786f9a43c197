/**
 * Walks sanitised article HTML into block drafts: the structure the reader shows (paragraphs,
 * headings, list items, quotes) and nothing else. Text that sits directly in a container is a
 * paragraph of its own, because Readability often leaves paragraphs as bare text in a div.
 */
import type { BlockDraft } from '../../../shared/text/blocks'

const ELEMENT = 1
const TEXT = 3

/** Never part of the article's text: media, their captions, page chrome, interactive parts. */
const SKIPPED = new Set([
  'figure',
  'figcaption',
  'img',
  'picture',
  'video',
  'audio',
  'svg',
  'canvas',
  'nav',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'head',
  'title',
  'meta',
  'link',
])

/** Elements that start a block of their own; everything else flows inside a block. */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'hr',
  'address',
  'details',
  'summary',
  'center',
  'body',
  'html',
  ...SKIPPED,
])

// Lowercased: a DOM may keep the case an element was created with (linkedom's createElement('DIV'), as Readability calls it).
const tagOf = (node: Node): string =>
  node.nodeType === ELEMENT ? (node as Element).localName.toLowerCase() : ''

/** The visible text of a node, skipping what the reader never shows. */
function textOf(node: Node): string {
  if (node.nodeType === TEXT) return node.nodeValue ?? ''
  if (node.nodeType !== ELEMENT || SKIPPED.has(tagOf(node))) return ''
  if (tagOf(node) === 'br') return ' '
  let out = ''
  for (let child = node.firstChild; child; child = child.nextSibling) out += textOf(child)
  // Block children inside a flowing element still need a space between them.
  return BLOCKS.has(tagOf(node)) ? ` ${out} ` : out
}

interface Context {
  quote: boolean
  ordered: boolean
}

export function htmlToDrafts(root: Node): BlockDraft[] {
  const drafts: BlockDraft[] = []
  walkChildren(root, drafts, { quote: false, ordered: false })
  return drafts
}

function walkChildren(parent: Node, drafts: BlockDraft[], context: Context): void {
  let run = ''
  const flush = (): void => {
    if (run.trim()) drafts.push({ type: context.quote ? 'quote' : 'paragraph', text: run })
    run = ''
  }
  // Siblings by nextSibling, not childNodes: a live NodeList left on a large parent makes every
  // later removal from it (closing the window) re-list its children, quadratic in their number.
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const tag = tagOf(child)
    if (child.nodeType === TEXT || (child.nodeType === ELEMENT && !BLOCKS.has(tag))) {
      run += textOf(child)
    } else if (child.nodeType === ELEMENT && !SKIPPED.has(tag)) {
      flush()
      walkBlock(child as Element, drafts, context)
    }
  }
  flush()
}

function walkBlock(element: Element, drafts: BlockDraft[], context: Context): void {
  const tag = tagOf(element)
  const paragraphType = context.quote ? 'quote' : 'paragraph'
  if (/^h[1-6]$/.test(tag)) {
    drafts.push({ type: 'heading', level: Number(tag[1]), text: textOf(element) })
  } else if (tag === 'p' || tag === 'pre' || tag === 'dt' || tag === 'dd') {
    walkChildren(element, drafts, context)
  } else if (tag === 'ul' || tag === 'ol') {
    walkChildren(element, drafts, { ...context, ordered: tag === 'ol' })
  } else if (tag === 'li') {
    // Nested lists are flattened: the item's own words first, then its sub-items.
    const nested: Element[] = []
    let own = ''
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (tagOf(child) === 'ul' || tagOf(child) === 'ol') nested.push(child as Element)
      else own += textOf(child)
    }
    drafts.push({ type: 'listItem', ordered: context.ordered, text: own })
    for (const list of nested) walkBlock(list, drafts, context)
  } else if (tag === 'blockquote') {
    walkChildren(element, drafts, { ...context, quote: true })
  } else if (tag === 'tr') {
    const cells: string[] = []
    for (let cell = element.firstElementChild; cell; cell = cell.nextElementSibling) {
      const text = textOf(cell).trim()
      if (text) cells.push(text)
    }
    if (cells.length) drafts.push({ type: paragraphType, text: cells.join(' | ') })
  } else if (tag !== 'hr') {
    walkChildren(element, drafts, context)
  }
}

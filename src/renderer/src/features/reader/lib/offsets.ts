/**
 * DOM positions to article offsets. Each block element carries `data-start`/`data-end` (its range
 * in `Article.text`) and its rendered text is exactly `text.slice(start, end)`: marks wrap text
 * but add none, and note indicators are drawn by CSS. So an offset is the block's start plus the
 * length of the text before the point inside the block.
 */

const BLOCK_SELECTOR = '[data-start]'

function blockOf(node: Node, root: Element): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement
  const block = element?.closest<HTMLElement>(BLOCK_SELECTOR) ?? null
  return block && root.contains(block) ? block : null
}

function attr(element: Element, name: 'start' | 'end'): number {
  return Number(element.getAttribute(`data-${name}`))
}

/** Whether `node` comes before the boundary point (container, offset) in document order. */
function isBefore(node: Node, container: Node, offset: number): boolean {
  if (container.nodeType === Node.TEXT_NODE) {
    return (
      node !== container && !!(node.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_FOLLOWING)
    )
  }
  const child = container.childNodes[offset]
  if (child) {
    if (child === node || child.contains(node)) return false
    return !!(node.compareDocumentPosition(child) & Node.DOCUMENT_POSITION_FOLLOWING)
  }
  // The point is after the container's last child: everything inside or before it precedes it.
  if (container.contains(node)) return true
  return !!(node.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_FOLLOWING)
}

/** Length of the text inside `block` that precedes the boundary point (container, offset). */
function textBefore(block: Element, container: Node, offset: number): number {
  const doc = block.ownerDocument
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  let length = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === container) return length + Math.min(offset, (node as Text).length)
    if (isBefore(node, container, offset)) length += (node as Text).length
    else break
  }
  return length
}

/**
 * The article offset of a boundary point. Points outside any block (between blocks, on the body
 * element, before or after the body) snap to the start of the next block, or to the end of the
 * last one.
 */
export function pointToOffset(root: Element, container: Node, offset: number): number {
  const block = blockOf(container, root)
  if (block) {
    const length = textBefore(block, container, offset)
    return Math.min(attr(block, 'start') + length, attr(block, 'end'))
  }
  const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)]
  if (!blocks.length) return 0
  for (const b of blocks) {
    if (!isBefore(b, container, offset)) return attr(b, 'start')
  }
  return attr(blocks[blocks.length - 1], 'end')
}

/**
 * The span of article text a Range covers, trimmed of surrounding white space; null when the
 * range is not inside the article body or covers no text.
 */
export function rangeToSpan(
  root: Element,
  range: Range,
  text: string,
): { start: number; end: number } | null {
  if (range.collapsed) return null
  if (!range.intersectsNode(root)) return null
  let start = pointToOffset(root, range.startContainer, range.startOffset)
  let end = pointToOffset(root, range.endContainer, range.endOffset)
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return end > start ? { start, end } : null
}

/** The text node and offset inside it where article offset `offset` falls within `block`. */
function pointInBlock(block: Element, offset: number, atEnd: boolean): { node: Node; offset: number } {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  let remaining = offset - attr(block, 'start')
  let last: Text | null = null
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // An end point stays in the text it ends; a start point moves on to the text it starts.
    if (remaining < node.length || (atEnd && remaining === node.length)) return { node, offset: remaining }
    remaining -= node.length
    last = node
  }
  return last ? { node: last, offset: last.length } : { node: block, offset: 0 }
}

/**
 * The DOM Range of a span of article text (the inverse of rangeToSpan), for making the same
 * selection the mouse makes; null when the span is not in the rendered blocks.
 */
export function spanToRange(root: Element, span: { start: number; end: number }): Range | null {
  const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)]
  const first = blocks.find((b) => attr(b, 'start') <= span.start && span.start < attr(b, 'end'))
  const last = blocks.findLast((b) => attr(b, 'start') < span.end && span.end <= attr(b, 'end'))
  if (!first || !last || span.end <= span.start) return null
  const start = pointInBlock(first, span.start, false)
  const end = pointInBlock(last, span.end, true)
  const range = root.ownerDocument.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  return range
}

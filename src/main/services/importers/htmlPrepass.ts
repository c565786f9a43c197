/**
 * One linear pass over an HTML string before a DOM parser sees it. Saved pages carry megabytes that
 * are no part of the article — SingleFile inlines every image and font as `data:` URIs and every
 * style sheet as a <style>, "Webpage, complete" pages link a `_files` folder — and the parser and
 * Readability pay for all of it (jsdom, which reads EPUB chapters, parses style sheets too). Hostile
 * pages nest elements so deep that the parser takes minutes and recursive tree operations overflow
 * the stack. So this pass drops `data:` URIs, overlong attribute values, comments, and style sheets,
 * scripts (keeping JSON-LD, which the metadata needs) and <noscript> whole, and refuses a page nested
 * deeper than the limit, all before parsing. Nothing here loads anything: the `_files` folder is never opened.
 * Attributes that neither Readability nor the metadata reads (data-*, event handlers, ARIA labels
 * and the like) go too, as each is one more node to build and to copy when Readability moves
 * elements; media elements keep theirs, whose values Readability searches for image and video
 * addresses.
 */
import { IMPORT_LIMITS } from './limits'
import { Unreadable } from './importError'

/** Elements the HTML parser closes by itself, or that are never open: they add no depth. */
const NO_DEPTH = new Set(
  (
    'p li dt dd option optgroup tr td th thead tbody tfoot rb rt rtc rp colgroup caption html head body ' +
    'area base br col embed hr img input link meta source track wbr param keygen frame basefont bgsound image'
  ).split(' '),
)

/** Elements whose content is raw text up to their end tag, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])

/**
 * Elements dropped whole, with their content: style sheets, script code (JSON-LD excepted, which the metadata
 * reads) and <noscript>, whose content a browser that runs scripts reads as raw text and never shows. Readability
 * removes each before it reads the page, and none holds article text, so they need not be parsed at all.
 */
const DROPPED = new Set(['style', 'noscript'])

/** Foreign content (SVG, MathML), where "/>" closes an element as it does in XML. */
const FOREIGN = new Set(['svg', 'math'])

/** Formatting elements, which the HTML parser re-opens ("reconstructs") in every block after a misnesting. */
const FORMATTING = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '))

/** Blocks whose start closes the previous one implicitly, so open formatting is reconstructed in each. */
const REOPENS_FORMATTING = new Set('p li dd dt h1 h2 h3 h4 h5 h6 td th tr'.split(' '))

/** The attributes read on ordinary elements, by Readability (scoring, visibility, bylines, tables) or the metadata. */
const READ_ATTRIBUTES = new Set(
  (
    'id class style role hidden aria-hidden aria-modal itemprop itemtype href rel type name property content ' +
    'charset http-equiv lang dir datetime pubdate summary datatable colspan rowspan'
  ).split(' '),
)

/** Elements whose every attribute Readability may look at (lazy images, video embeds). */
const MEDIA = new Set('img picture figure source video audio iframe embed object'.split(' '))

/** What a head holds; any other start tag ends it. */
const HEAD_CONTENT = new Set('base basefont bgsound link meta title style script noscript template'.split(' '))

/**
 * Block-level elements: white space between a tag of one of these and the next tag is never
 * shown (it falls at the start or end of a line), so it is dropped, outside <pre>. Pages indent
 * their markup: these runs are about 60 % of the text nodes of the extraction-dev pages.
 */
const BLOCK_LEVEL = new Set(
  (
    'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html li main nav ol p pre section summary table tbody td tfoot th ' +
    'thead tr ul caption colgroup'
  ).split(' '),
)

const isNameChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2d ||
  code === 0x3a ||
  code === 0x5f

const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d

export interface PrepassResult {
  html: string
  /** The deepest nesting seen (an estimate: the parser's own rules differ in corner cases). */
  depth: number
}

const tooDeep = (levels: number, what = ''): Unreadable =>
  new Unreadable(
    `the page is nested too deeply to read (more than ${levels.toLocaleString('en')} levels${what})`,
  )

export function prepareHtml(html: string, maxDepth: number = IMPORT_LIMITS.htmlDepth): PrepassResult {
  const out: string[] = []
  let copied = 0 // html[copied..] is not yet in `out`
  let depth = 0
  let deepest = 0
  let foreign = 0
  let tables = 0
  // Formatting elements left open inside a paragraph-like block are re-created ("reconstructed")
  // by the parser in every later block: a page can make it build millions of elements that way
  // (<p> with 60 unclosed <b>s, then 100,000 paragraphs). Those are counted here: open ones
  // inside the current block, dangling ones left behind by closed blocks, and the clones made.
  let inBlock = false
  let formattingInBlock = 0
  let dangling = 0
  let reconstructed = 0
  const cut = (from: number, to: number, replacement = ''): void => {
    out.push(html.slice(copied, from), replacement)
    copied = to
  }
  // Where the last tag ended (-1 after a comment or raw text), whether it was block-level, and
  // how many <pre> elements are open: the state for dropping white space between block tags.
  let lastTagEnd = -1
  let lastWasBlock = false
  let pre = 0
  // In the head, up to the first tag that has no place there, white space between tags is never shown either.
  let inHead = false
  const dropBlankBefore = (tagStart: number, name: string): void => {
    const block = BLOCK_LEVEL.has(name) || (inHead && HEAD_CONTENT.has(name))
    if (pre === 0 && (block || lastWasBlock) && lastTagEnd >= copied && lastTagEnd < tagStart) {
      let k = lastTagEnd
      while (k < tagStart && isSpace(html.charCodeAt(k))) k++
      if (k === tagStart) cut(lastTagEnd, tagStart)
    }
    lastWasBlock = block
  }
  const n = html.length
  let i = html.indexOf('<')
  while (i >= 0 && i < n - 1) {
    const next = html.charCodeAt(i + 1)
    if (html.startsWith('<!--', i)) {
      // Comments are no part of the text: each goes, and white space around it is judged as if it were not there.
      const end = commentEnd(html, i)
      const wasBlock: boolean = lastWasBlock
      dropBlankBefore(i, '')
      lastWasBlock = wasBlock
      cut(i, end)
      i = end
      lastTagEnd = end
    } else if (next === 0x21 || next === 0x3f) {
      // <!doctype …>, <?xml …?>, <![CDATA[ … ]]>: skipped to their end.
      const end = html.indexOf('>', i + 2)
      i = end < 0 ? n : end + 1
      lastTagEnd = -1
    } else if (next === 0x2f) {
      let j = i + 2
      while (j < n && isNameChar(html.charCodeAt(j))) j++
      const name = html.slice(i + 2, j).toLowerCase()
      dropBlankBefore(i, name)
      if (name === 'head') inHead = false
      if (name === 'pre' && pre > 0) pre--
      if (name && !NO_DEPTH.has(name) && depth > 0) depth--
      if (FOREIGN.has(name) && foreign > 0) foreign--
      if (name === 'table' && tables > 0) tables--
      if (FORMATTING.has(name)) {
        if (formattingInBlock > 0) formattingInBlock--
        else if (dangling > 0) dangling--
      }
      if (REOPENS_FORMATTING.has(name)) {
        dangling += formattingInBlock
        formattingInBlock = 0
        inBlock = false
      }
      const end = html.indexOf('>', j)
      i = end < 0 ? n : end + 1
      lastTagEnd = i
    } else if ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) {
      let j = i + 1
      while (j < n && isNameChar(html.charCodeAt(j))) j++
      const name = html.slice(i + 1, j).toLowerCase()
      if (name === 'head') inHead = true
      else if (!HEAD_CONTENT.has(name)) inHead = false
      const wasBlock: boolean = lastWasBlock
      dropBlankBefore(i, name)
      // Where this tag's output starts, in case the whole element is dropped.
      const outAtTag = out.length
      const copiedAtTag = copied
      if (name === 'pre') pre++
      let keepScript = name !== 'script'
      const keepAll = MEDIA.has(name)
      // Attributes, one at a time, until the tag ends.
      let selfClosing = false
      while (j < n) {
        const code = html.charCodeAt(j)
        if (isSpace(code)) {
          j++
          continue
        }
        if (code === 0x3e) break
        if (code === 0x2f) {
          selfClosing = html.charCodeAt(j + 1) === 0x3e
          j++
          continue
        }
        const nameStart = j
        while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '=' && html[j] !== '>' && html[j] !== '/')
          j++
        if (j === nameStart) j++ // a stray character; step over it
        const attribute = html.slice(nameStart, j).toLowerCase()
        const unread = !keepAll && !READ_ATTRIBUTES.has(attribute)
        let k = j
        while (k < n && isSpace(html.charCodeAt(k))) k++
        if (html[k] !== '=') {
          if (unread) cut(nameStart, j)
          continue
        }
        k++
        while (k < n && isSpace(html.charCodeAt(k))) k++
        let valueStart: number
        let valueEnd: number
        const quote = html[k]
        if (quote === '"' || quote === "'") {
          valueStart = k + 1
          valueEnd = html.indexOf(quote, valueStart)
          if (valueEnd < 0) valueEnd = n
          j = valueEnd + 1
        } else {
          valueStart = k
          valueEnd = k
          while (valueEnd < n && !isSpace(html.charCodeAt(valueEnd)) && html[valueEnd] !== '>') valueEnd++
          j = valueEnd
        }
        if (
          name === 'script' &&
          attribute === 'type' &&
          /ld\+json/i.test(html.slice(valueStart, Math.min(valueEnd, valueStart + 64)))
        ) {
          keepScript = true
        }
        const long = valueEnd - valueStart > IMPORT_LIMITS.attributeChars
        if (unread) cut(nameStart, j)
        else if (long || /^\s*data:/i.test(html.slice(valueStart, Math.min(valueEnd, valueStart + 16)))) {
          cut(valueStart, valueEnd)
        }
      }
      const tagEnd = Math.min(j + 1, n)
      if (!selfClosing && (DROPPED.has(name) || (name === 'script' && !keepScript))) {
        // The element goes whole, and white space around it is judged as if it were not there.
        const end = endTagEnd(html, name, tagEnd)
        out.length = outAtTag
        copied = copiedAtTag
        cut(i, end)
        lastWasBlock = wasBlock
        lastTagEnd = end
        i = html.indexOf('<', end)
        continue
      }
      if (FOREIGN.has(name)) foreign++
      if (!NO_DEPTH.has(name) && !(selfClosing && foreign > 0) && !RAW_TEXT.has(name)) {
        depth++
        if (depth > deepest) deepest = depth
        if (depth > maxDepth) throw tooDeep(maxDepth)
      }
      // Readability's work grows with the cube of table nesting; real pages nest a handful.
      if (name === 'table' && ++tables > IMPORT_LIMITS.htmlTableDepth)
        throw tooDeep(IMPORT_LIMITS.htmlTableDepth, ' of tables')
      if (FORMATTING.has(name) && !selfClosing && inBlock) formattingInBlock++
      if (REOPENS_FORMATTING.has(name)) {
        dangling += formattingInBlock
        formattingInBlock = 0
        inBlock = true
        reconstructed += dangling
        if (reconstructed > IMPORT_LIMITS.htmlReconstructed) {
          throw new Unreadable('its markup is too broken to read (unclosed formatting in every paragraph)')
        }
      }
      if (selfClosing && FOREIGN.has(name)) foreign--
      i = tagEnd
      lastTagEnd = tagEnd
      if (RAW_TEXT.has(name) && !selfClosing) {
        lastTagEnd = -1
        const close = findEndTag(html, name, tagEnd)
        i = close
      }
    } else {
      i++
    }
    i = html.indexOf('<', i)
  }
  if (copied === 0) return { html, depth: deepest }
  out.push(html.slice(copied))
  return { html: out.join(''), depth: deepest }
}

/**
 * Where the comment opened at `start` ends: after "-->", or "--!>", or at once for "<!-->" and "<!--->", as
 * HTML5 reads them; an unclosed comment runs to the end.
 */
function commentEnd(html: string, start: number): number {
  if (html.startsWith('>', start + 4)) return start + 5
  if (html.startsWith('->', start + 4)) return start + 6
  // One scan from "--" to "--": looking for each ending over the whole rest of the page would be quadratic.
  for (let k = html.indexOf('--', start + 4); k >= 0; k = html.indexOf('--', k + 1)) {
    if (html.charCodeAt(k + 2) === 0x3e) return k + 3
    if (html.startsWith('!>', k + 2)) return k + 4
  }
  return html.length
}

/** Where the element `name` whose start tag ended at `from` ends: after its end tag, or at the end of the string. */
function endTagEnd(html: string, name: string, from: number): number {
  const close = findEndTag(html, name, from)
  if (close >= html.length) return html.length
  const end = html.indexOf('>', close)
  return end < 0 ? html.length : end + 1
}

/** Where `</name` starts after `from` (case-insensitive), or the end of the string. */
function findEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi')
  pattern.lastIndex = from
  const match = pattern.exec(html)
  return match ? match.index : html.length
}

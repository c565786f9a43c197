/**
 * Escaping for text that came from an article or from the person using the app, written into a
 * Markdown export. Such text must read the same once rendered and must never become markup: an
 * article that contains `<iframe src=…>` or `![](https://tracker/…)` would otherwise turn into a
 * live frame or a remote load in the analyst's Obsidian vault.
 *
 * The escapes are CommonMark's (a backslash before ASCII punctuation, entities for `<`, `>` and
 * `&`), which Obsidian and other Markdown tools read the same way. Only characters that could
 * start markup are escaped, so the exported file stays readable as plain text.
 */

/**
 * Characters escaped wherever they appear: `\` (so text cannot escape our escapes), emphasis
 * (`*`), code (`` ` ``), links, images, wiki links, footnotes and callouts (`[`, `]`), tables
 * (`|`), Obsidian tags (`#`), math (`$`) and strikethrough or code fences (`~`).
 */
const INLINE_SPECIAL = /[\\`*[\]|#$~]/g
/** `_` emphasises only at a word's edge, so `snake_case` and `#state_media` stay as they are. */
const EDGE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu

/**
 * One line of text for a Markdown paragraph, heading, list item or block quote. `<` and `>`
 * become entities (no raw HTML, no `<https://…>` autolink), `&` only where it would otherwise
 * start an entity (`&lt;` in an article must stay those four characters).
 */
function escapeLine(line: string): string {
  const inline = line
    // Rendering drops a line's indentation anyway, except that four spaces start a code block.
    .replace(/^[ \t]+/, '')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(EDGE_UNDERSCORE, '\\_')
    // Bare web addresses and e-mail addresses, which GFM and Obsidian turn into links.
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/(?<=[\w.+-])@(?=[\w-]+\.)/g, '\\@')
    // Obsidian comments (%%…%%) hide text and highlights (==…==) mark it.
    .replace(/%(?=%)|(?<=%)%/g, '\\%')
    .replace(/=(?==)|(?<==)=/g, '\\=')
  // Markers that only mean something at the start of a line: list items (`-`, `+`, `1.`, `1)`),
  // setext heading underlines and thematic breaks (`---`, `===`).
  return inline.replace(
    /^(?:([-+=])|(\d{1,9})([.)]))/,
    (_m, mark?: string, digits?: string, delim?: string) => (mark ? `\\${mark}` : `${digits}\\${delim}`),
  )
}

/** Text on one line (a title, a name, a file name): line breaks become spaces. */
export function markdownInline(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim())
}

/** Text over several lines (a quoted passage, a note, a memo), each line escaped. */
export function markdownLines(text: string): string[] {
  return text.split(/\r\n?|\n/).map(escapeLine)
}

/** A tag as Obsidian reads it: `#tag`, spaces turned to dashes, anything else escaped. */
export function markdownTag(tag: string): string {
  return '#' + markdownInline(tag.trim().replace(/^#+/, '').replace(/\s+/g, '-'))
}

/**
 * A value for YAML front matter, double-quoted. JSON strings are YAML scalars, except that JSON
 * leaves DEL and the C1 controls as they are, which YAML does not allow unescaped, and escapes a
 * lone surrogate, which YAML cannot represent at all. `<`, `>`, `[` and `]` are written as `\u`
 * escapes too, so that a tool that shows front matter as Markdown text finds no markup in it.
 */
export function yamlString(value: string | null): string {
  if (value === null) return 'null'
  const wellFormed = value.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  )
  return JSON.stringify(wellFormed).replace(
    /[\u007f-\u009f<>[\]]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

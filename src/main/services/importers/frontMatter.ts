/**
 * YAML front matter ("---" … "---" at the top of a Markdown file), as written by static site
 * generators and note apps. Only flat keys are read: a string, a quoted string, an inline list
 * `[a, b]` or a block list of `- a` lines, which covers the metadata Dossier keeps without taking
 * on a YAML parser.
 */

export interface FrontMatter {
  /** Lower-cased key -> values (one for a scalar, several for a list). */
  fields: Map<string, string[]>
  /** The Markdown after the front matter. */
  body: string
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/

function unquote(value: string): string {
  const v = value.trim()
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.at(-1) === v[0]) {
    return v[0] === '"' ? v.slice(1, -1).replace(/\\"/g, '"') : v.slice(1, -1).replace(/''/g, "'")
  }
  return v.replace(/\s+#.*$/, '')
}

export function readFrontMatter(markdown: string): FrontMatter {
  const match = BLOCK.exec(markdown)
  const fields = new Map<string, string[]>()
  if (!match) return { fields, body: markdown }
  let listKey: string | null = null
  for (const line of match[1].split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line)
    if (item && listKey) {
      fields.get(listKey)!.push(unquote(item[1]))
      continue
    }
    const pair = /^([A-Za-z_][\w.-]*)\s*:\s*(.*)$/.exec(line)
    if (!pair) continue
    const key = pair[1].toLowerCase()
    const value = pair[2].trim()
    listKey = null
    if (!value) {
      listKey = key
      fields.set(key, [])
    } else if (value.startsWith('[') && value.endsWith(']')) {
      fields.set(key, value.slice(1, -1).split(',').map(unquote).filter(Boolean))
    } else {
      fields.set(key, [unquote(value)])
    }
  }
  return { fields, body: markdown.slice(match[0].length) }
}

/** The first non-empty value among the keys, lists joined with commas, or null. */
export function field(fields: Map<string, string[]>, ...keys: string[]): string | null {
  for (const key of keys) {
    const values = fields.get(key)?.filter(Boolean)
    if (values?.length) return values.join(', ')
  }
  return null
}

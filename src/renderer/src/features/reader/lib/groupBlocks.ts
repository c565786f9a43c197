import type { Block } from '../../../../../shared/model/article'

/** A block on its own, or a run of consecutive list items of the same kind. */
export type BlockGroup = { kind: 'block'; block: Block } | { kind: 'list'; ordered: boolean; items: Block[] }

/** Groups consecutive list items (numbered or not) into lists. */
export function groupBlocks(blocks: Block[]): BlockGroup[] {
  const groups: BlockGroup[] = []
  for (const block of blocks) {
    if (block.type !== 'listItem') {
      groups.push({ kind: 'block', block })
      continue
    }
    const ordered = !!block.ordered
    const last = groups[groups.length - 1]
    if (last?.kind === 'list' && last.ordered === ordered) last.items.push(block)
    else groups.push({ kind: 'list', ordered, items: [block] })
  }
  return groups
}

/** The heading element for a block: h1 is the article's title, so body headings start at h2. */
export function headingTag(level: number | undefined): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  const n = Math.min(6, Math.max(2, level ?? 2))
  return `h${n}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
}

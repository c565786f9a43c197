import type { Block, BlockType } from '../model/article'

/** A block's text before the article text is assembled. */
export interface BlockDraft {
  type: BlockType
  text: string
  level?: number
  ordered?: boolean
}

/** The separator between blocks in every article text. */
export const BLOCK_SEPARATOR = '\n\n'

/**
 * Normalises one block's text: NFC, no control characters, runs of white space (line breaks
 * included) folded to one space, trimmed. Inside a block the reader flows text, so line breaks
 * in the source carry no meaning.
 */
export function normalizeBlockText(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B\uFEFF]/g, '')
      .replace(/[\s\u00A0]+/g, ' ')
      .trim()
  )
}

/**
 * Assembles blocks into the article text (blocks separated by one blank line) and records each
 * block's UTF-16 range in it. Empty blocks are dropped.
 */
export function assembleBlocks(drafts: BlockDraft[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = []
  let text = ''
  for (const draft of drafts) {
    const body = normalizeBlockText(draft.text)
    if (!body) continue
    if (text) text += BLOCK_SEPARATOR
    const block: Block = { type: draft.type, start: text.length, end: text.length + body.length }
    if (draft.type === 'heading') block.level = Math.min(6, Math.max(1, draft.level ?? 2))
    if (draft.type === 'listItem') block.ordered = draft.ordered ?? false
    blocks.push(block)
    text += body
  }
  return { text, blocks }
}

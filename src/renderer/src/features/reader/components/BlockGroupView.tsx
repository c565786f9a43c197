import { memo } from 'react'
import type { AnchoredAnnotation } from '../../../../../shared/model/annotation'
import type { Block } from '../../../../../shared/model/article'
import type { LayerSpan } from '../../analysis/store/selectors'
import type { VerdictSpan } from '../../verdicts/store/selectors'
import type { BlockGroup } from '../lib/groupBlocks'
import { headingTag } from '../lib/groupBlocks'
import type { MatchRange } from '../lib/segments'
import { BlockText } from './BlockText'

export interface GroupMarks {
  /** The highlights over this group's text (an array kept while they do not change). */
  annotations: AnchoredAnnotation[]
  /** The analysis spans and judged claims over this group's text. */
  layers: (LayerSpan | VerdictSpan)[]
  /** The flash, tab key and current match, each only when it is in this group (else null or -1). */
  flash: { id: string; seq: number } | null
  tabKey: string | null
  layerFlash: { key: string; seq: number } | null
  /** Every match of the article when one falls in this group (their indexes name them), else none. */
  matches: readonly MatchRange[]
  currentMatch: number
}

interface Props extends GroupMarks {
  text: string
  group: BlockGroup
}

const range = (block: Block) => ({ 'data-start': block.start, 'data-end': block.end })

/**
 * One block, or one list, with its highlights. Memoised: it is drawn again only when its own
 * highlights, flash or matches change, so a new highlight costs the paragraph it is in.
 */
export const BlockGroupView = memo(function BlockGroupView({ text, group, ...marks }: Props) {
  const renderText = (block: Block) => (
    <BlockText
      text={text}
      start={block.start}
      end={block.end}
      annotations={marks.annotations}
      flash={marks.flash}
      layers={marks.layers}
      tabKey={marks.tabKey}
      layerFlash={marks.layerFlash}
      matches={marks.matches}
      currentMatch={marks.currentMatch}
    />
  )
  if (group.kind === 'list') {
    const List = group.ordered ? 'ol' : 'ul'
    return (
      <List>
        {group.items.map((item) => (
          <li key={item.start} {...range(item)}>
            {renderText(item)}
          </li>
        ))}
      </List>
    )
  }
  const { block } = group
  switch (block.type) {
    case 'heading': {
      const Heading = headingTag(block.level)
      return <Heading {...range(block)}>{renderText(block)}</Heading>
    }
    case 'quote':
      return <blockquote {...range(block)}>{renderText(block)}</blockquote>
    default:
      return <p {...range(block)}>{renderText(block)}</p>
  }
})

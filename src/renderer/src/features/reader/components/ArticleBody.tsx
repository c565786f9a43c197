import { forwardRef, memo } from 'react'
import type { AnchoredAnnotation } from '../../../../../shared/model/annotation'
import type { Article, Block } from '../../../../../shared/model/article'
import type { LayerSpan } from '../../analysis/store/selectors'
import type { VerdictSpan } from '../../verdicts/store/selectors'
import type { MatchRange } from '../lib/segments'
import { groupBlocks, headingTag } from '../lib/groupBlocks'
import { BlockText } from './BlockText'

interface Props {
  article: Article
  annotations: AnchoredAnnotation[]
  flash: { id: string; seq: number } | null
  /** Analysis highlights; none when the analysis is not there (yet). */
  layers?: LayerSpan[]
  tabKey?: string | null
  layerFlash?: { key: string; seq: number } | null
  /** The id of the hint that tells the keys of the article text. */
  describedBy?: string
  /** Library search or find matches to mark, and the one to mark as current. */
  matches?: readonly MatchRange[]
  currentMatch?: number
  /** Judged claims to mark. */
  verdicts?: VerdictSpan[]
}

const NO_LAYERS: LayerSpan[] = []
const NO_MATCHES: readonly MatchRange[] = []
const NO_VERDICTS: VerdictSpan[] = []

/** The article text as React elements: each block carries its range in the text (data-start/end). */
export const ArticleBody = memo(
  forwardRef<HTMLDivElement, Props>(function ArticleBody(
    {
      article,
      annotations,
      flash,
      layers = NO_LAYERS,
      tabKey = null,
      layerFlash = null,
      describedBy,
      matches = NO_MATCHES,
      currentMatch = -1,
      verdicts = NO_VERDICTS,
    },
    ref,
  ) {
    const renderText = (block: Block) => (
      <BlockText
        text={article.text}
        start={block.start}
        end={block.end}
        annotations={annotations}
        flash={flash}
        layers={layers}
        tabKey={tabKey}
        layerFlash={layerFlash}
        matches={matches}
        currentMatch={currentMatch}
        verdicts={verdicts}
      />
    )
    const range = (block: Block) => ({ 'data-start': block.start, 'data-end': block.end })
    return (
      // The text takes focus, so that the keyboard's sentence cursor has somewhere to start.
      <div
        ref={ref}
        className="reader-body"
        lang={article.lang ?? undefined}
        tabIndex={0}
        role="region"
        aria-label="Article text"
        aria-describedby={describedBy}
      >
        {groupBlocks(article.blocks).map((group) => {
          if (group.kind === 'list') {
            const List = group.ordered ? 'ol' : 'ul'
            return (
              <List key={`list-${group.items[0].start}`}>
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
              return (
                <Heading key={block.start} {...range(block)}>
                  {renderText(block)}
                </Heading>
              )
            }
            case 'quote':
              return (
                <blockquote key={block.start} {...range(block)}>
                  {renderText(block)}
                </blockquote>
              )
            default:
              return (
                <p key={block.start} {...range(block)}>
                  {renderText(block)}
                </p>
              )
          }
        })}
      </div>
    )
  }),
)

import { forwardRef, memo, useMemo, useState } from 'react'
import type { RefObject } from 'react'
import type { AnchoredAnnotation } from '../../../../../shared/model/annotation'
import type { Article } from '../../../../../shared/model/article'
import type { LayerSpan } from '../../analysis/store/selectors'
import type { VerdictSpan } from '../../verdicts/store/selectors'
import { groupBlocks, type BlockGroup } from '../lib/groupBlocks'
import { createGroupSplitter, splitByGroup, type Range } from '../lib/groupSpans'
import type { MatchRange } from '../lib/segments'
import { BlockGroupView, type GroupMarks } from './BlockGroupView'
import { VirtualGroups } from './VirtualGroups'

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
  /** The reader's scroller: a long article draws only the blocks near its view. */
  scrollRef?: RefObject<HTMLElement | null>
  /** Set, for a long article, to a function that brings the text at an offset into the drawn blocks. */
  revealRef?: RefObject<((offset: number) => void) | null>
}

/**
 * From this length on, an article draws only the blocks near the view. A shorter one is drawn whole,
 * which costs little and lets the browser's own search and a selection run anywhere in it.
 */
export const LONG_ARTICLE_CHARS = 40_000

const NO_LAYERS: LayerSpan[] = []
const NO_MATCHES: readonly MatchRange[] = []
const NO_VERDICTS: VerdictSpan[] = []

const groupRange = (g: BlockGroup): Range =>
  g.kind === 'list' ? { start: g.items[0].start, end: g.items[g.items.length - 1].end } : g.block
const annotationRange = (a: AnchoredAnnotation): Range | null => (a.anchored ? a.position : null)
const spanRange = (s: Range): Range => s

/**
 * The article text as React elements: each block carries its range in the text (data-start/end).
 * Highlights are sorted out per block group first, so that a change redraws only the groups it touches.
 */
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
      scrollRef,
      revealRef,
    },
    ref,
  ) {
    const groups = useMemo(() => groupBlocks(article.blocks), [article.blocks])
    const bounds = useMemo(() => groups.map(groupRange), [groups])
    const [splitAnnotations] = useState(createGroupSplitter<AnchoredAnnotation>)
    const [splitLayers] = useState(createGroupSplitter<LayerSpan | VerdictSpan>)
    const annotationsOf = useMemo(
      () => splitAnnotations(bounds, annotations, annotationRange),
      [splitAnnotations, bounds, annotations],
    )
    const layersOf = useMemo(
      () => splitLayers(bounds, verdicts.length ? [...verdicts, ...layers] : layers, spanRange),
      [splitLayers, bounds, verdicts, layers],
    )
    const matchesOf = useMemo(() => splitByGroup(bounds, matches, spanRange), [bounds, matches])

    const marksOf = (i: number): GroupMarks => ({
      annotations: annotationsOf[i],
      layers: layersOf[i],
      flash: flash && annotationsOf[i].some((a) => a.id === flash.id) ? flash : null,
      tabKey: tabKey && layersOf[i].some((l) => l.key === tabKey) ? tabKey : null,
      layerFlash: layerFlash && layersOf[i].some((l) => l.key === layerFlash.key) ? layerFlash : null,
      matches: matchesOf[i].length ? matches : NO_MATCHES,
      currentMatch: currentMatch >= 0 && matchesOf[i].includes(matches[currentMatch]) ? currentMatch : -1,
    })
    const renderGroup = (i: number) => (
      <BlockGroupView key={bounds[i].start} text={article.text} group={groups[i]} {...marksOf(i)} />
    )
    const long = article.text.length >= LONG_ARTICLE_CHARS && !!scrollRef
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
        {long ? (
          <VirtualGroups key={article.id} bounds={bounds} scrollRef={scrollRef} revealRef={revealRef} renderGroup={renderGroup} />
        ) : (
          groups.map((_, i) => renderGroup(i))
        )}
      </div>
    )
  }),
)

import { markAt, verdictLabel } from '../store/selectors'
import { verdictsActions } from '../store/actions'
import { useVerdictsStore } from '../store/state'

interface Props {
  articleId: string
  articleTitle: string
  start: number
  end: number
  text: string
  annotationId?: string
}

/** "Judge claim…" for a claim or a highlight, with its verdict beside it once it has one. */
export function JudgeButton({ articleId, articleTitle, start, end, text, annotationId }: Props) {
  const mark = useVerdictsStore((s) => (s.articleId === articleId ? markAt(s.marks, start, end) : undefined))
  return (
    <span className="judge">
      {mark && (
        <span className={`verdict-chip verdict-${mark.rating ?? mark.status}`}>
          {verdictLabel(mark.status, mark.rating)}
        </span>
      )}
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          void verdictsActions.judge({ articleId, start, end, annotationId, text, articleTitle })
        }
      >
        Judge claim…
      </button>
    </span>
  )
}

import { type KeyboardEvent, useEffect, useId, useRef } from 'react'
import {
  VERDICT_RATINGS,
  VERDICT_STATUSES,
  type VerdictRating,
  type VerdictStatus,
} from '../../../../../shared/model/verdict'
import { formatDate } from '../../../lib/format'
import { listKeyTarget } from '../../../lib/listKeys'
import { useCasesStore } from '../../cases/store/state'
import { useWorkspaceStore } from '../../workspace/store/state'
import { verdictsActions } from '../store/actions'
import { RATING_LABELS, STATUS_LABELS, claimCount } from '../store/selectors'
import { useVerdictsStore } from '../store/state'

/** The Claims board: every judged claim of the library or of a case, filtered by status and rating. */
export function ClaimsBoard() {
  const shown = useWorkspaceStore((s) => s.view === 'claims')
  const board = useVerdictsStore((s) => s.board)
  const status = useVerdictsStore((s) => s.boardStatus)
  const error = useVerdictsStore((s) => s.boardError)
  const filter = useVerdictsStore((s) => s.boardFilter)
  const cases = useCasesStore((s) => s.cases)
  const rows = useRef<(HTMLTableRowElement | null)[]>([])
  const id = useId()

  // The board is read each time it is shown: verdicts change from the reader while it is hidden.
  useEffect(() => {
    if (shown) void verdictsActions.loadBoard()
  }, [shown])

  function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      void verdictsActions.openRow(board[index])
      return
    }
    const to = listKeyTarget(event.key, index, board.length)
    if (to === null) return
    event.preventDefault()
    rows.current[to]?.focus()
  }

  const filtered = !!(filter.caseId || filter.status || filter.rating)
  return (
    <section className="pane claims-board" aria-labelledby={`${id}-title`} aria-busy={status === 'loading'}>
      <header className="pane-header">
        {/* The centre's view in place of the article, whose title is the page's level-one heading. */}
        <h1 id={`${id}-title`} className="pane-title">
          Claims board
        </h1>
        {status === 'ready' && <p className="board-count">{claimCount(board.length)}</p>}
      </header>
      <div className="board-filters" role="group" aria-label="Filter the claims">
        <label className="board-filter">
          <span className="field-label">Case</span>
          <select
            className="text-input"
            value={filter.caseId ?? ''}
            onChange={(e) => void verdictsActions.setBoardFilter({ caseId: e.target.value || null })}
          >
            <option value="">All articles</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="board-filter">
          <span className="field-label">Status</span>
          <select
            className="text-input"
            value={filter.status ?? ''}
            onChange={(e) =>
              void verdictsActions.setBoardFilter({
                status: (e.target.value || null) as VerdictStatus | null,
              })
            }
          >
            <option value="">Any status</option>
            {VERDICT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="board-filter">
          <span className="field-label">Rating</span>
          <select
            className="text-input"
            value={filter.rating ?? ''}
            onChange={(e) =>
              void verdictsActions.setBoardFilter({
                rating: (e.target.value || null) as VerdictRating | null,
              })
            }
          >
            <option value="">Any rating</option>
            {VERDICT_RATINGS.map((r) => (
              <option key={r} value={r}>
                {RATING_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="pane-body board-body">
        {status === 'error' && (
          <p className="verdict-error" role="alert">
            {error}
          </p>
        )}
        {status === 'ready' && board.length === 0 && (
          <p className="notes-empty">
            {filtered
              ? 'No judged claims match the filter.'
              : 'No judged claims yet. Choose “Judge claim…” beside a claim in the Claims tab to give it a verdict.'}
          </p>
        )}
        {board.length > 0 && (
          <table className="board-table" aria-describedby={`${id}-hint`}>
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Claim</th>
                <th scope="col">Status</th>
                <th scope="col">Rating</th>
                <th scope="col">Evidence</th>
                <th scope="col">Linked claims</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {board.map((row, i) => (
                <tr
                  key={`${row.articleId}:${row.start}:${row.end}`}
                  ref={(el) => {
                    rows.current[i] = el
                  }}
                  tabIndex={i === 0 ? 0 : -1}
                  className="board-row"
                  onClick={() => void verdictsActions.openRow(row)}
                  onKeyDown={(e) => onRowKey(e, i)}
                >
                  <td>{row.articleTitle}</td>
                  <td className="board-claim">{row.text}</td>
                  <td>{STATUS_LABELS[row.status]}</td>
                  <td>
                    {row.rating ? (
                      <span className={`verdict-chip verdict-${row.rating}`}>
                        {RATING_LABELS[row.rating]}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{row.evidence}</td>
                  <td>{row.linkedClaims > 1 ? row.linkedClaims - 1 : '—'}</td>
                  <td>{formatDate(row.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p id={`${id}-hint`} className="visually-hidden">
          Arrow keys move between claims; Enter opens the article at the claim.
        </p>
      </div>
    </section>
  )
}

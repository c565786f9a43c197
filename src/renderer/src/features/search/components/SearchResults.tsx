import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { searchActions } from '../store/actions'
import { resultCount } from '../store/selectors'
import { useSearchStore } from '../store/state'
import { Snippet } from './Snippet'
import { listKeyTarget } from '../../../lib/listKeys'

/** The library search's results, best first: title and excerpt; ↑/↓ move, Enter or a click opens. */
export function SearchResults() {
  const status = useSearchStore((s) => s.status)
  const hits = useSearchStore((s) => s.hits)
  const searched = useSearchStore((s) => s.searched)
  const error = useSearchStore((s) => s.error)
  const activeHit = useSearchStore((s) => s.activeHit)
  const listRef = useRef<HTMLOListElement>(null)

  if (status === 'idle') return null

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const to = listKeyTarget(event.key, index, hits.length)
    if (to !== null) {
      if (to !== index) {
        searchActions.setActiveHit(to)
        listRef.current?.querySelector<HTMLElement>(`[data-search-hit="${to}"]`)?.focus()
      }
    } else if (event.key === 'Escape') {
      searchActions.clear()
      searchActions.focusSearch()
    } else return
    event.preventDefault()
  }

  return (
    <section className="search-results" aria-label="Search results" aria-busy={status === 'searching'}>
      {status === 'error' ? (
        <p className="search-error" role="alert">
          {error}
        </p>
      ) : (
        <p className="search-count" role="status">
          {status === 'searching' && !searched ? 'Searching…' : resultCount(hits.length, searched)}
        </p>
      )}
      {hits.length > 0 && (
        <ol ref={listRef} className="search-hit-list" aria-label="Articles found">
          {hits.map((hit, index) => (
            <li key={hit.id}>
              <button
                type="button"
                className="search-hit"
                data-search-hit={index}
                tabIndex={index === activeHit ? 0 : -1}
                onClick={() => void searchActions.openHit(index)}
                onKeyDown={(e) => onKeyDown(e, index)}
              >
                <span className="search-hit-title">{hit.title}</span>
                <Snippet snippet={hit.snippet} />
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

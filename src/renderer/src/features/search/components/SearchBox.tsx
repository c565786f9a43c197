import { useEffect, useId, useRef } from 'react'
import { shortcutHint } from '../../../lib/shortcuts'
import { searchActions } from '../store/actions'
import { useSearchStore } from '../store/state'

/** The library search field: searches as you type (after a pause), Enter at once, Escape empties it. */
export function SearchBox() {
  const query = useSearchStore((s) => s.query)
  const focusRequest = useSearchStore((s) => s.focusRequest)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const hintId = useId()

  useEffect(() => {
    if (focusRequest) {
      inputRef.current?.focus()
      inputRef.current?.select()
    }
  }, [focusRequest])

  return (
    <div className="library-search" role="search">
      <label htmlFor={inputId} className="visually-hidden">
        Search the library
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        className="text-input"
        placeholder="Search the library"
        // The shortcut would not fit in the placeholder of a narrow pane; it shows on hover.
        title={`Search the library (${shortcutHint('search-library')})`}
        aria-describedby={hintId}
        value={query}
        onChange={(e) => searchActions.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            void searchActions.run()
          } else if (e.key === 'Escape' && query) {
            e.preventDefault()
            searchActions.clear()
          } else if (e.key === 'ArrowDown') {
            // Down from the box goes to the results, as in the list itself.
            const first = document.querySelector<HTMLElement>('[data-search-hit]')
            if (first) {
              e.preventDefault()
              searchActions.setActiveHit(0)
              first.focus()
            }
          }
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <p id={hintId} className="search-hint">
        Words, “a phrase”, pre*, OR, -word, title: note: tag: after:2024-01
      </p>
    </div>
  )
}

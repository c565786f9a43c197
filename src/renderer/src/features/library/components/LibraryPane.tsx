import { useId, useMemo } from 'react'
import { CaseList } from '../../cases/components/CaseList'
import { useCasesStore } from '../../cases/store/state'
import { SearchBox } from '../../search/components/SearchBox'
import { SearchResults } from '../../search/components/SearchResults'
import { libraryActions } from '../store/actions'
import { hasFilters } from '../store/listFilters'
import { matchingArticles, visibleArticles } from '../store/selectors'
import { useLibraryStore } from '../store/state'
import { ArticleList } from './ArticleList'
import { FilterBar } from './FilterBar'
import { ImportProgress } from './ImportProgress'
import { LibraryEmpty } from './LibraryEmpty'
import { useListFollowsNotes } from './useListFollowsNotes'

/** The left pane: import, filter and the list of articles. */
export function LibraryPane() {
  const articles = useLibraryStore((s) => s.articles)
  const filter = useLibraryStore((s) => s.filter)
  const loading = useLibraryStore((s) => s.loading)
  const loaded = useLibraryStore((s) => s.loaded)
  const loadError = useLibraryStore((s) => s.loadError)
  const importing = useLibraryStore((s) => s.importing)
  const progress = useLibraryStore((s) => s.progress)
  const cancelling = useLibraryStore((s) => s.cancelling)
  const filtered = useLibraryStore((s) => hasFilters(s.listFilters))
  // The rows of the case chosen, in the order chosen, once fetched; until then the library's articles.
  const rows = useCasesStore((s) => s.rows)
  const visible = useMemo(
    () => (rows ? matchingArticles(rows, filter) : visibleArticles(articles, filter)),
    [rows, articles, filter],
  )
  useListFollowsNotes()
  const headingId = useId()
  const filterId = useId()
  const empty = loaded && articles.length === 0

  return (
    <section className="pane pane-library" aria-labelledby={headingId} aria-busy={loading || importing}>
      <header className="pane-header">
        <h2 id={headingId} className="pane-title">
          Library
        </h2>
        {!empty && (
          <div className="pane-actions">
            <button
              type="button"
              className="button"
              onClick={() => void libraryActions.importFolder()}
              disabled={importing}
              title="Import every article in a folder (Ctrl+Shift+O)"
            >
              Import folder…
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void libraryActions.importDialog()}
              disabled={importing}
              title="Import articles (Ctrl+O)"
            >
              Import…
            </button>
          </div>
        )}
      </header>
      {!empty && <SearchBox />}
      <div className="library-filter">
        <label htmlFor={filterId} className="visually-hidden">
          Filter articles
        </label>
        <input
          id={filterId}
          type="text"
          className="text-input"
          placeholder="Filter by title or publisher"
          value={filter}
          onChange={(e) => libraryActions.setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter) {
              e.preventDefault()
              libraryActions.setFilter('')
            }
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      {!empty && <CaseList />}
      {!empty && <FilterBar />}
      <div className="pane-body library-body">
        {importing && <ImportProgress progress={progress} cancelling={cancelling} />}
        <SearchResults />
        {loadError && !loaded ? (
          <div className="library-message">
            <p>{loadError}</p>
            <button type="button" className="button" onClick={() => void libraryActions.load()}>
              Try again
            </button>
          </div>
        ) : !loaded ? (
          <p className="library-message">Loading articles…</p>
        ) : empty ? (
          <LibraryEmpty importing={importing} />
        ) : visible.length === 0 && filter.trim() ? (
          <p className="library-message">No articles match “{filter.trim()}”.</p>
        ) : visible.length === 0 && filtered ? (
          <div className="library-message">
            <p>No articles match these filters.</p>
            <button type="button" className="button" onClick={() => void libraryActions.clearListFilters()}>
              Clear filters
            </button>
          </div>
        ) : visible.length === 0 ? (
          <p className="library-message">No articles in this view.</p>
        ) : (
          <ArticleList articles={visible} />
        )}
      </div>
    </section>
  )
}

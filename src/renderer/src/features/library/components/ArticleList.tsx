import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import type { ArticleFormat } from '../../../../../shared/model/article'
import type { ArticleListRow } from '../../../../../shared/model/articleList'
import { formatDate, sourceLine } from '../../../lib/format'
import { ARTICLE_DRAG_TYPE } from '../../cases/dragArticle'
import { libraryActions } from '../store/actions'
import { useLibraryStore } from '../store/state'
import { listKeyTarget } from '../../../lib/listKeys'

/** What a row shows; the format is known once the list has come from the list query. */
export type ListedArticle = Pick<
  ArticleListRow,
  'id' | 'title' | 'publisher' | 'published' | 'importedAt' | 'fileName'
> & {
  format?: ArticleFormat
}

const FORMAT_LABELS: Record<ArticleFormat, string> = {
  text: 'Text',
  markdown: 'Markdown',
  html: 'HTML',
  mhtml: 'MHTML',
  pdf: 'PDF',
  epub: 'EPUB',
}

/** "HTML · strike.html · added 2 May 2024": what tells near-duplicates apart. */
function fileLine(article: ListedArticle): string {
  const format = article.format && FORMAT_LABELS[article.format]
  return [format, article.fileName, `added ${formatDate(article.importedAt)}`].filter(Boolean).join(' · ')
}

/**
 * The articles, each a button (arrow keys move between them); the open one is aria-current.
 * Rows can be dragged onto a case.
 */
export function ArticleList({ articles }: { articles: ListedArticle[] }) {
  const selectedId = useLibraryStore((s) => s.selectedId)
  const listRef = useRef<HTMLUListElement>(null)
  const focusable = articles.some((a) => a.id === selectedId) ? selectedId : articles[0]?.id

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const to = listKeyTarget(event.key, index, articles.length)
    if (to === null) return
    event.preventDefault()
    if (to === index) return
    const target = articles[to]
    listRef.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(target.id)}"]`)?.focus()
    void libraryActions.select(target.id)
  }

  return (
    <ul ref={listRef} aria-label="Articles" className="article-list">
      {articles.map((article, index) => {
        const selected = article.id === selectedId
        const meta = sourceLine(article.publisher, article.published)
        return (
          <li key={article.id}>
            <button
              type="button"
              data-article-id={article.id}
              aria-current={selected ? 'true' : undefined}
              tabIndex={article.id === focusable ? 0 : -1}
              className={selected ? 'article-item is-selected' : 'article-item'}
              onClick={() => void libraryActions.select(article.id)}
              onKeyDown={(e) => onKeyDown(e, index)}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(ARTICLE_DRAG_TYPE, article.id)
                e.dataTransfer.effectAllowed = 'copy'
              }}
            >
              <span className="article-item-title">{article.title}</span>
              {meta && <span className="article-item-meta">{meta}</span>}
              <span className="article-item-file">{fileLine(article)}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}

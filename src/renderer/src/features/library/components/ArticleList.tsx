import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent, MouseEvent } from 'react'
import type { ArticleFormat } from '../../../../../shared/model/article'
import type { ArticleListRow } from '../../../../../shared/model/articleList'
import { formatDate, sourceLine } from '../../../lib/format'
import { ARTICLE_DRAG_TYPE } from '../../cases/dragArticle'
import { libraryActions } from '../store/actions'
import { countsText } from '../store/listFilters'
import { useLibraryStore } from '../store/state'
import { listKeyTarget } from '../../../lib/listKeys'
import { FIRST_SCREEN, observeRect } from '../../../lib/virtual'
import { ArticleMenu } from './ArticleMenu'

/** What a row shows; the format and counts are known once the list has come from the list query. */
export type ListedArticle = Pick<
  ArticleListRow,
  'id' | 'title' | 'publisher' | 'published' | 'importedAt' | 'fileName'
> &
  Partial<Pick<ArticleListRow, 'format' | 'notes' | 'claimsChecked'>>

const FORMAT_LABELS: Record<ArticleFormat, string> = {
  text: 'Text',
  markdown: 'Markdown',
  html: 'HTML',
  mhtml: 'MHTML',
  pdf: 'PDF',
  epub: 'EPUB',
}

/** Every row has this height (title, source, file lines), so that the list can be virtualised. */
export const ROW_HEIGHT = 78

/** "HTML · strike.html · added 2 May 2024": what tells near-duplicates apart. */
function fileLine(article: ListedArticle): string {
  const format = article.format && FORMAT_LABELS[article.format]
  return [format, article.fileName, `added ${formatDate(article.importedAt)}`].filter(Boolean).join(' · ')
}

/**
 * The articles, each a button; arrow keys, Home and End move between them and open the one reached,
 * Delete asks to delete the focused one, and the context menu (right click, the Menu key or
 * Shift+F10) offers Open and Delete…. Only the rows in view are drawn, so 10,000 articles scroll as
 * smoothly as ten. Rows can be dragged onto a case.
 */
export function ArticleList({ articles }: { articles: ListedArticle[] }) {
  const selectedId = useLibraryStore((s) => s.selectedId)
  const scrollRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  /** The row to focus once it is drawn (after a scroll to it). */
  const focusNext = useRef<string | null>(null)
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null)
  const selectedIndex = articles.findIndex((a) => a.id === selectedId)
  const focusIndex = Math.max(0, selectedIndex)
  // The virtualiser draws the rows again itself as the list scrolls; nothing here is memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: FIRST_SCREEN,
    observeElementRect: observeRect,
    getItemKey: (index) => articles[index].id,
  })
  const rows = virtualizer.getVirtualItems()
  const focusableDrawn = rows.some((r) => r.index === focusIndex)

  // The open article stays in view when it changes (opened from search, reopened by undo).
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  useLayoutEffect(() => {
    if (!focusNext.current) return
    const row = rowElement(focusNext.current)
    if (!row) return
    focusNext.current = null
    row.focus()
  })

  function rowElement(id: string): HTMLElement | null {
    return listRef.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(id)}"]`) ?? null
  }

  /** Scrolls a row into view and focuses it once it is drawn. */
  function focusRow(index: number) {
    const id = articles[index].id
    virtualizer.scrollToIndex(index, { align: 'auto' })
    const row = rowElement(id)
    if (row) row.focus()
    else focusNext.current = id
  }

  function openMenu(id: string, x: number, y: number) {
    setMenu({ id, x, y })
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const article = articles[index]
    if (event.key === 'Delete') {
      event.preventDefault()
      libraryActions.askDelete(article.id)
      return
    }
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault()
      const box = event.currentTarget.getBoundingClientRect()
      openMenu(article.id, box.left + 16, box.top + box.height / 2)
      return
    }
    const to = listKeyTarget(event.key, index, articles.length)
    if (to === null) return
    event.preventDefault()
    if (to === index) return
    focusRow(to)
    void libraryActions.select(articles[to].id)
  }

  function onContextMenu(event: MouseEvent<HTMLButtonElement>, id: string) {
    event.preventDefault()
    // The Menu key on a focused row sends a contextmenu event at (0, 0): place the menu on the row.
    const box = event.currentTarget.getBoundingClientRect()
    const fromKey = event.clientX === 0 && event.clientY === 0
    openMenu(id, fromKey ? box.left + 16 : event.clientX, fromKey ? box.top + box.height / 2 : event.clientY)
  }

  return (
    <div
      ref={scrollRef}
      className="article-list-scroller"
      // With the focusable row scrolled away, Tab lands here and goes on to that row.
      tabIndex={focusableDrawn ? -1 : 0}
      onFocus={(e) => {
        if (e.target === e.currentTarget && articles.length) focusRow(focusIndex)
      }}
    >
      <ul
        ref={listRef}
        aria-label="Articles"
        className="article-list"
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {rows.map((item) => {
          const article = articles[item.index]
          const selected = article.id === selectedId
          const meta = sourceLine(article.publisher, article.published)
          const counted = article.notes !== undefined && article.claimsChecked !== undefined
          return (
            <li
              key={item.key}
              className="article-row"
              aria-setsize={articles.length}
              aria-posinset={item.index + 1}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <button
                type="button"
                data-article-id={article.id}
                aria-current={selected ? 'true' : undefined}
                tabIndex={item.index === focusIndex ? 0 : -1}
                className={selected ? 'article-item is-selected' : 'article-item'}
                onClick={() => void libraryActions.select(article.id)}
                onKeyDown={(e) => onKeyDown(e, item.index)}
                onContextMenu={(e) => onContextMenu(e, article.id)}
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.setData(ARTICLE_DRAG_TYPE, article.id)
                  e.dataTransfer.effectAllowed = 'copy'
                }}
              >
                <span className="article-item-title">{article.title}</span>
                {meta && <span className="article-item-meta">{meta}</span>}
                <span className="article-item-file">
                  <span className="article-item-file-name">{fileLine(article)}</span>
                  {counted && <RowCounts notes={article.notes!} claimsChecked={article.claimsChecked!} />}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      {menu && (
        <ArticleMenu
          articleId={menu.id}
          x={menu.x}
          y={menu.y}
          onClose={() => {
            const id = menu.id
            setMenu(null)
            rowElement(id)?.focus()
          }}
        />
      )}
    </div>
  )
}

/** The notes and checked claims of a row: small marks to see, a sentence to hear. */
function RowCounts({ notes, claimsChecked }: { notes: number; claimsChecked: number }) {
  return (
    <span className="article-item-counts">
      <span aria-hidden="true">
        {notes > 0 && (
          <span className="article-count" title="Notes">
            ✎ {notes}
          </span>
        )}
        {claimsChecked > 0 && (
          <span className="article-count" title="Claims checked">
            ✓ {claimsChecked}
          </span>
        )}
      </span>
      <span className="visually-hidden">, {countsText(notes, claimsChecked)}</span>
    </span>
  )
}

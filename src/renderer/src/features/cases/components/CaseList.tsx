import { useEffect, useId, useRef, useState } from 'react'
import type { DragEvent, KeyboardEvent } from 'react'
import type { ArticleSortKey } from '../../../../../shared/model/articleList'
import { ARTICLE_DRAG_TYPE } from '../dragArticle'
import { casesActions } from '../store/actions'
import { SORT_LABELS, articleCount, sameScope } from '../store/selectors'
import { type CaseScope, useCasesStore } from '../store/state'
import { CaseActions } from './CaseActions'
import { CaseNameField } from './CaseNameField'
import { listKeyTarget } from '../../../lib/listKeys'

interface Entry {
  key: string
  scope: CaseScope
  name: string
  count: number
  /** Articles can be dropped on a case, not on "All articles" or "Unfiled". */
  caseId?: string
}

const scopeKey = (scope: CaseScope): string => (scope.kind === 'case' ? `case:${scope.id}` : scope.kind)

/**
 * The library pane's cases: "All articles", "Unfiled" and each case with its count. Choosing one
 * narrows the article list; articles are dropped on a case to put them in it. Arrow keys move
 * between the entries, F2 renames the case focused and Delete asks to delete it.
 */
export function CaseList() {
  const cases = useCasesStore((s) => s.cases)
  const all = useCasesStore((s) => s.all)
  const unfiled = useCasesStore((s) => s.unfiled)
  const scope = useCasesStore((s) => s.scope)
  const sort = useCasesStore((s) => s.sort)
  const editing = useCasesStore((s) => s.editing)
  const [dropTarget, setDropTarget] = useState<string | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const headingId = useId()
  const sortId = useId()

  // When the name field closes, focus goes to the entry shown (a new case once it is listed).
  const focusAfterEdit = useRef(false)
  useEffect(() => {
    if (editing) focusAfterEdit.current = true
    else if (focusAfterEdit.current && focusEntry(scopeKey(scope))) focusAfterEdit.current = false
  }, [editing, scope, cases])

  const entries: Entry[] = [
    { key: 'all', scope: { kind: 'all' }, name: 'All articles', count: all },
    { key: 'unfiled', scope: { kind: 'unfiled' }, name: 'Unfiled', count: unfiled },
    ...cases.map((c) => ({
      key: `case:${c.id}`,
      scope: { kind: 'case', id: c.id } as const,
      name: c.name,
      count: c.articles,
      caseId: c.id,
    })),
  ]

  /** Focuses an entry; answers whether it is listed. */
  function focusEntry(key: string): boolean {
    const entry = listRef.current?.querySelector<HTMLElement>(`[data-case-entry="${CSS.escape(key)}"]`)
    entry?.focus()
    return !!entry
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const entry = entries[index]
    const to = listKeyTarget(event.key, index, entries.length)
    if (to !== null) focusEntry(entries[to].key)
    else if (event.key === 'F2' && entry.caseId) casesActions.startRename(entry.caseId)
    else if (event.key === 'Delete' && entry.caseId) casesActions.askDelete(entry.caseId)
    else return
    event.preventDefault()
  }

  function onDragOver(event: DragEvent, entry: Entry) {
    if (!entry.caseId || !event.dataTransfer.types.includes(ARTICLE_DRAG_TYPE)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setDropTarget(entry.key)
  }

  function onDrop(event: DragEvent, entry: Entry) {
    const articleId = event.dataTransfer.getData(ARTICLE_DRAG_TYPE)
    setDropTarget(null)
    if (!entry.caseId || !articleId) return
    event.preventDefault()
    void casesActions.addToCase(entry.caseId, articleId)
  }

  return (
    <section className="case-section" aria-labelledby={headingId}>
      <div className="case-header">
        <h3 id={headingId} className="case-title">
          Cases
        </h3>
        <button type="button" className="button button-small" onClick={() => casesActions.startCreate()}>
          New case
        </button>
      </div>
      {editing?.mode === 'create' && <CaseNameField initial="" label="Name of the new case" />}
      <ul ref={listRef} className="case-list" aria-labelledby={headingId}>
        {entries.map((entry, index) => {
          const current = sameScope(entry.scope, scope)
          if (editing?.mode === 'rename' && editing.id === entry.caseId) {
            return (
              <li key={entry.key}>
                <CaseNameField initial={entry.name} label={`New name for the case “${entry.name}”`} />
              </li>
            )
          }
          return (
            <li key={entry.key}>
              <button
                type="button"
                data-case-entry={entry.key}
                aria-current={current ? 'true' : undefined}
                tabIndex={current ? 0 : -1}
                className={[
                  'case-item',
                  current ? 'is-selected' : '',
                  dropTarget === entry.key ? 'is-drop-target' : '',
                  entry.caseId ? '' : 'case-item-builtin',
                ].join(' ')}
                title={
                  entry.caseId ? 'Drop articles here to add them; F2 renames, Delete deletes' : undefined
                }
                onClick={() => void casesActions.choose(entry.scope)}
                onKeyDown={(e) => onKeyDown(e, index)}
                onDragOver={(e) => onDragOver(e, entry)}
                onDragLeave={() => setDropTarget((t) => (t === entry.key ? null : t))}
                onDrop={(e) => onDrop(e, entry)}
              >
                <span className="case-item-name">{entry.name}</span>
                <span className="case-item-count" aria-hidden="true">
                  {entry.count}
                </span>
                <span className="visually-hidden">, {articleCount(entry.count)}</span>
              </button>
            </li>
          )
        })}
      </ul>
      <CaseActions onDone={() => focusEntry(scopeKey(useCasesStore.getState().scope))} />
      <div className="case-sort">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          className="text-input"
          value={sort}
          onChange={(e) => void casesActions.setSort(e.target.value as ArticleSortKey)}
        >
          {Object.entries(SORT_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </section>
  )
}

import { useEffect, useId, useRef, useState } from 'react'
import type { TagCount } from '../../../../../shared/model/tags'
import { UNDO_SHORTCUT } from '../../../lib/dom'
import { tagsActions } from '../store/actions'
import { quotedList, sortedTags, tagCounts } from '../store/selectors'
import { type TagSort, useTagsStore } from '../store/state'

/**
 * The Tags view: every tag of the library with its counts, sortable; a tag renamed in place or
 * several merged into one, across every note; clicking a tag lists the articles it is on.
 */
export function TagsView({ shown }: { shown: boolean }) {
  const tags = useTagsStore((s) => s.tags)
  const loaded = useTagsStore((s) => s.loaded)
  const sort = useTagsStore((s) => s.sort)
  const selected = useTagsStore((s) => s.selected)
  const confirmingMerge = useTagsStore((s) => s.confirmingMerge)
  const titleId = useId()
  const sortId = useId()

  // Notes change in the reader while the view is hidden: fetch again each time it is shown.
  useEffect(() => {
    if (shown) void tagsActions.load()
  }, [shown])

  return (
    <section className="pane tags-view" aria-labelledby={titleId}>
      <header className="pane-header tags-header">
        {/* The view's own title is the page's heading while it is shown (the reader's is hidden). */}
        <h1 id={titleId} className="pane-title">
          Tags
        </h1>
        <div className="tags-tools">
          <label htmlFor={sortId} className="tags-sort-label">
            Sort by
          </label>
          <select
            id={sortId}
            className="tags-sort"
            value={sort}
            onChange={(e) => tagsActions.setSort(e.target.value as TagSort)}
          >
            <option value="name">Name</option>
            <option value="count">Most used</option>
          </select>
          <button
            type="button"
            className="button button-small"
            disabled={selected.length < 2}
            onClick={tagsActions.askMerge}
          >
            Merge {selected.length >= 2 ? `${selected.length} tags` : 'tags'}…
          </button>
        </div>
      </header>
      {confirmingMerge && <MergeConfirm selected={selected} />}
      {loaded && !tags.length ? (
        <p className="tags-empty">
          No tags yet. Add tags to a note in the Notes pane (“claim, to verify”), and they are listed here.
        </p>
      ) : (
        <ul className="tags-list" aria-label="Every tag">
          {sortedTags(tags, sort).map((tag) => (
            <TagRow key={tag.name} tag={tag} checked={selected.includes(tag.name)} />
          ))}
        </ul>
      )}
    </section>
  )
}

function TagRow({ tag, checked }: { tag: TagCount; checked: boolean }) {
  const renaming = useTagsStore((s) => s.renaming === tag.name)
  return (
    <li className="tag-row" data-tag={tag.name}>
      <input
        type="checkbox"
        className="tag-check"
        checked={checked}
        aria-label={`Select “${tag.name}” to merge`}
        onChange={() => tagsActions.toggleSelected(tag.name)}
      />
      {renaming ? (
        <RenameField name={tag.name} />
      ) : (
        <>
          <button
            type="button"
            className="tag-name"
            title="List the articles with this tag"
            onClick={() => void tagsActions.showTagged(tag.name)}
          >
            {tag.name}
          </button>
          <span className="tag-counts">{tagCounts(tag)}</span>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={`Rename the tag “${tag.name}”`}
            onClick={() => tagsActions.startRename(tag.name)}
          >
            Rename
          </button>
        </>
      )}
    </li>
  )
}

function RenameField({ name }: { name: string }) {
  const [draft, setDraft] = useState(name)
  const error = useTagsStore((s) => s.renameError)
  const errorId = useId()
  return (
    <div className="tag-rename">
      <input
        type="text"
        className="text-input"
        aria-label={`New name for “${name}”`}
        aria-invalid={!!error}
        aria-describedby={error ? errorId : undefined}
        value={draft}
        // The field opens because the person asked to rename: the focus belongs in it.
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            void tagsActions.submitRename(draft)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            tagsActions.cancelRename()
          }
        }}
        autoComplete="off"
      />
      {error && (
        <p id={errorId} className="tags-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

function MergeConfirm({ selected }: { selected: string[] }) {
  const [draft, setDraft] = useState(selected[0] ?? '')
  const error = useTagsStore((s) => s.mergeError)
  const inputRef = useRef<HTMLInputElement>(null)
  const fieldId = useId()

  useEffect(() => inputRef.current?.focus(), [])

  return (
    <div
      className="tags-confirm"
      role="group"
      aria-label="Confirm merge"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          tagsActions.cancelMerge()
        } else if (e.key === 'Enter' && e.target === inputRef.current) {
          e.preventDefault()
          void tagsActions.confirmMerge(draft)
        }
      }}
    >
      <p className="tags-confirm-text">
        Merge {quotedList(selected)} into one tag on every note that has them. {UNDO_SHORTCUT} undoes it.
      </p>
      <label htmlFor={fieldId} className="field-label">
        Merged tag name
      </label>
      <input
        ref={inputRef}
        id={fieldId}
        type="text"
        className="text-input"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        autoComplete="off"
      />
      {error && (
        <p className="tags-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          onClick={() => void tagsActions.confirmMerge(draft)}
        >
          Merge tags
        </button>
        <button type="button" className="button" onClick={tagsActions.cancelMerge}>
          Cancel
        </button>
      </div>
    </div>
  )
}

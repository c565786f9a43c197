import { useEffect, useId } from 'react'
import type { ReactNode } from 'react'
import { libraryActions } from '../store/actions'
import { filterChips, hasFilters, verdictFromValue, verdictValue, verdictWord } from '../store/listFilters'
import { useLibraryStore } from '../store/state'

/** "Reuters (2)": a choice with how many articles it would show. */
const counted = (name: string, articles: number) => `${name} (${articles})`

/**
 * The list's filters: publisher, tag, code, notes and verdict, each a compact select whose
 * choices say how many articles they hold. Active filters show as chips that remove them, and
 * "Clear filters" removes them all.
 */
export function FilterBar() {
  const filters = useLibraryStore((s) => s.listFilters)
  const choices = useLibraryStore((s) => s.choices)
  const articles = useLibraryStore((s) => s.articles)
  const loaded = useLibraryStore((s) => s.loaded)
  const chips = filterChips(filters, choices)
  const labelId = useId()

  // The library changed (an import, a deletion): the choices and their counts follow it.
  useEffect(() => {
    if (loaded) void libraryActions.loadChoices()
  }, [articles, loaded])

  const set = libraryActions.setListFilter
  return (
    <div
      className="filter-bar"
      role="group"
      aria-labelledby={labelId}
      // Notes and verdicts change while reading: the counts are fetched again when the bar is used.
      onFocus={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void libraryActions.loadChoices()
      }}
    >
      <span id={labelId} className="visually-hidden">
        Filters
      </span>
      <div className="filter-selects">
        <FilterSelect
          label="Publisher"
          value={filters.publisher ?? ''}
          onChange={(v) => void set('publisher', v || undefined)}
        >
          {choices?.publishers.map((p) => (
            <option key={p.name} value={p.name}>
              {counted(p.name, p.articles)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label="Tag" value={filters.tag ?? ''} onChange={(v) => void set('tag', v || undefined)}>
          {choices?.tags.map((t) => (
            <option key={t.name} value={t.name}>
              {counted(t.name, t.articles)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Code"
          value={filters.code ?? ''}
          onChange={(v) => void set('code', v || undefined)}
        >
          {choices?.codes.map((c) => (
            <option key={c.id} value={c.id}>
              {counted(`${'  '.repeat(c.path.length - 1)}${c.name}`, c.articles)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Notes"
          value={filters.hasNotes === undefined ? '' : String(filters.hasNotes)}
          onChange={(v) => void set('hasNotes', v ? v === 'true' : undefined)}
        >
          <option value="true">With notes</option>
          <option value="false">Without notes</option>
        </FilterSelect>
        <FilterSelect
          label="Verdict"
          value={verdictValue(filters.verdict)}
          onChange={(v) => void set('verdict', verdictFromValue(v))}
        >
          {!!choices?.ratings.length && (
            <optgroup label="Rating">
              {choices.ratings.map((r) => (
                <option key={r.rating} value={`rating:${r.rating}`}>
                  {counted(verdictWord(r.rating), r.articles)}
                </option>
              ))}
            </optgroup>
          )}
          {!!choices?.statuses.length && (
            <optgroup label="Status">
              {choices.statuses.map((s) => (
                <option key={s.status} value={`status:${s.status}`}>
                  {counted(verdictWord(s.status), s.articles)}
                </option>
              ))}
            </optgroup>
          )}
        </FilterSelect>
      </div>
      {hasFilters(filters) && (
        <div className="filter-chips">
          <ul className="filter-chip-list" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  className="filter-chip"
                  aria-label={`Remove the filter ${chip.label}`}
                  onClick={() => void set(chip.key, undefined)}
                >
                  {chip.label}
                  <span aria-hidden="true" className="filter-chip-x">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-small"
            onClick={() => void libraryActions.clearListFilters()}
          >
            Clear filters
          </button>
        </div>
      )}
    </div>
  )
}

/** One filter: a select whose first choice ("Any publisher") turns it off. */
function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  children: ReactNode
}) {
  const id = useId()
  return (
    <span className={value ? 'filter-select is-active' : 'filter-select'}>
      <label htmlFor={id} className="visually-hidden">
        Filter by {label.toLowerCase()}
      </label>
      <select
        id={id}
        className="text-input filter-input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{label}: any</option>
        {children}
      </select>
    </span>
  )
}

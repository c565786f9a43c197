// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArticleListRow } from '../../../../../shared/model/articleList'
import { article, mockApi, mockLibrary, resetMockApi } from '../../../test/mockApi'
import { initialCasesState, useCasesStore } from '../../cases/store/state'
import { initialReaderState, useReaderStore } from '../../reader/store/state'
import { initialLibraryState, useLibraryStore } from '../store/state'
import { ArticleList, ROW_HEIGHT } from './ArticleList'
import { DeleteArticleDialog } from './DeleteArticleDialog'
import { FilterBar } from './FilterBar'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const row = (i: number, over: Partial<ArticleListRow> = {}): ArticleListRow => ({
  id: `a${i}`,
  title: `Article ${i}`,
  publisher: 'Gazette',
  published: null,
  importedAt: '2026-01-01T00:00:00Z',
  fileName: `a${i}.txt`,
  format: 'text',
  notes: 0,
  claimsChecked: 0,
  ...over,
})

const CHOICES = {
  publishers: [
    { name: 'Gazette', articles: 7 },
    { name: 'Courier', articles: 2 },
  ],
  tags: [{ name: 'budget', articles: 3 }],
  codes: [
    { id: 'c1', name: 'Framing', path: ['Framing'], articles: 4 },
    { id: 'c2', name: 'Threat', path: ['Framing', 'Threat'], articles: 1 },
  ],
  ratings: [{ rating: 'false' as const, articles: 2 }],
  statuses: [{ status: 'checked' as const, articles: 5 }],
}

beforeEach(() => {
  resetMockApi()
  useLibraryStore.setState(initialLibraryState, true)
  useCasesStore.setState(initialCasesState, true)
  useReaderStore.setState(initialReaderState, true)
  mockLibrary([])
  mockApi.articles.listChoices.mockResolvedValue(CHOICES)
  mockApi.articles.open.mockImplementation(async (id: string) => ({
    article: article({ id }),
    annotations: [],
  }))
})
afterEach(cleanup)

describe('FilterBar', () => {
  it('offers each filter with its counts, shows the active ones as chips and removes them', async () => {
    useLibraryStore.setState({ loaded: true })
    await act(async () => {
      render(<FilterBar />)
    })
    const publisher = screen.getByRole('combobox', { name: 'Filter by publisher' })
    expect(
      within(publisher)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Publisher: any', 'Gazette (7)', 'Courier (2)'])
    const code = screen.getByRole('combobox', { name: 'Filter by code' })
    expect(
      within(code)
        .getAllByRole('option')
        .map((o) => o.textContent?.trim()),
    ).toEqual(['Code: any', 'Framing (4)', 'Threat (1)'])
    const verdict = screen.getByRole('combobox', { name: 'Filter by verdict' })
    expect(
      within(verdict)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Verdict: any', 'False (2)', 'Checked (5)'])
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull()

    await act(async () => {
      fireEvent.change(publisher, { target: { value: 'Courier' } })
    })
    await act(async () => {
      fireEvent.change(verdict, { target: { value: 'status:checked' } })
    })
    expect(mockApi.articles.listRows).toHaveBeenLastCalledWith(
      expect.objectContaining({ publisher: 'Courier', verdict: { status: 'checked' } }),
    )
    const chips = screen.getByRole('list', { name: 'Active filters' })
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Remove the filter Publisher: Courier', 'Remove the filter Verdict: checked'])

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Remove the filter Publisher: Courier' }))
    })
    expect(useLibraryStore.getState().listFilters).toEqual({ verdict: { status: 'checked' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    })
    expect(useLibraryStore.getState().listFilters).toEqual({})
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull()
  })
})

describe('ArticleList', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => row(i))

  it('draws only the rows in view of 10,000, each saying its counts', () => {
    const rows = [row(0, { notes: 3, claimsChecked: 1 }), ...many.slice(1)]
    render(<ArticleList articles={rows} />)
    const items = screen.getAllByRole('listitem')
    expect(items.length).toBeGreaterThan(5)
    expect(items.length).toBeLessThan(40)
    expect(items[0].getAttribute('aria-setsize')).toBe('10000')
    expect(screen.getByRole('button', { name: /^Article 0 / }).textContent).toContain(
      '3 notes, 1 claim checked',
    )
  })

  it('goes to the last of 10,000 rows with End, opening it, and back with Home', async () => {
    render(<ArticleList articles={many} />)
    const first = screen.getByRole('button', { name: /^Article 0 / })
    first.focus()
    await act(async () => {
      fireEvent.keyDown(first, { key: 'End' })
    })
    expect(useLibraryStore.getState().selectedId).toBe('a9999')
    // The test DOM has no layout: scroll the way the browser does when asked to show the last row.
    const scroller = document.querySelector<HTMLElement>('.article-list-scroller')!
    await act(async () => {
      scroller.scrollTop = 9_999 * ROW_HEIGHT
      fireEvent.scroll(scroller)
    })
    const last = screen.getByRole('button', { name: /^Article 9999 / })
    expect(document.activeElement).toBe(last)
    expect(last.closest('li')?.getAttribute('aria-posinset')).toBe('10000')
    await act(async () => {
      fireEvent.keyDown(last, { key: 'Home' })
    })
    await act(async () => {
      scroller.scrollTop = 0
      fireEvent.scroll(scroller)
    })
    expect(useLibraryStore.getState().selectedId).toBe('a0')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Article 0 / }))
  })

  it('asks to delete the focused row with Delete, and confirms in a dialog naming it and its notes', async () => {
    useCasesStore.setState({ rows: [row(1, { notes: 2 })] })
    mockApi.articles.delete.mockResolvedValue(undefined)
    render(
      <>
        <ArticleList articles={[row(1, { notes: 2 })]} />
        <DeleteArticleDialog />
      </>,
    )
    fireEvent.keyDown(screen.getByRole('button', { name: /^Article 1 / }), { key: 'Delete' })
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Article 1”?' })
    expect(dialog.textContent).toContain('Its 2 notes go with it')
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Delete article' }))
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(mockApi.articles.delete).not.toHaveBeenCalled()

    fireEvent.keyDown(screen.getByRole('button', { name: /^Article 1 / }), { key: 'Delete' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete article' }))
    })
    expect(mockApi.articles.delete).toHaveBeenCalledWith('a1')
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('opens the context menu with Shift+F10 and a right click; Delete… asks, Escape gives focus back', () => {
    useCasesStore.setState({ rows: [row(1)] })
    render(
      <>
        <ArticleList articles={[row(1)]} />
        <DeleteArticleDialog />
      </>,
    )
    const button = screen.getByRole('button', { name: /^Article 1 / })
    fireEvent.keyDown(button, { key: 'F10', shiftKey: true })
    const menu = screen.getByRole('menu', { name: 'Article' })
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Open' }))
    fireEvent.keyDown(menu, { key: 'Escape' })
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(button)

    fireEvent.contextMenu(button, { clientX: 40, clientY: 50 })
    fireEvent.click(screen.getByRole('menuitem', { name: 'Delete…' }))
    expect(screen.queryByRole('menu')).toBeNull()
    expect(screen.getByRole('alertdialog', { name: 'Delete “Article 1”?' }).textContent).toContain(
      'It has no notes.',
    )
  })
})

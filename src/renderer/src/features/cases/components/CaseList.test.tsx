// @vitest-environment happy-dom
import type { ReactElement } from 'react'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArticleListRow } from '../../../../../shared/model/articleList'
import type { Case } from '../../../../../shared/model/case'
import { ApiError } from '../../../lib/api'
import { mockApi, resetMockApi, summary } from '../../../test/mockApi'
import { LibraryPane } from '../../library/components/LibraryPane'
import { initialLibraryState, useLibraryStore } from '../../library/store/state'
import { initialReaderState, useReaderStore } from '../../reader/store/state'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { ARTICLE_DRAG_TYPE } from '../dragArticle'
import { casesActions } from '../store/actions'
import { initialCasesState, useCasesStore } from '../store/state'
import { CaseList } from './CaseList'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const iran: Case = { id: 'c1', name: 'Iran', createdAt: 'x', updatedAt: 'x', articles: 1 }
const gaza: Case = { id: 'c2', name: 'Gaza', createdAt: 'x', updatedAt: 'x', articles: 0 }
const row = (id: string, title: string): ArticleListRow => ({
  id,
  title,
  publisher: 'Gazette',
  published: null,
  importedAt: '2026-01-05T10:00:00Z',
  fileName: `${id}.pdf`,
  format: 'pdf',
  notes: 0,
  claimsChecked: 0,
})

beforeEach(() => {
  resetMockApi()
  useCasesStore.setState(initialCasesState, true)
  useLibraryStore.setState(
    {
      ...initialLibraryState,
      loaded: true,
      articles: [summary({ id: 'a1', title: 'First' }), summary({ id: 'a2', title: 'Second' })],
    },
    true,
  )
  useReaderStore.setState(initialReaderState, true)
  useStatusStore.setState(initialStatusState, true)
  mockApi.cases.list.mockResolvedValue({ cases: [gaza, iran], all: 2, unfiled: 1 })
  mockApi.articles.listRows.mockResolvedValue([row('a1', 'First'), row('a2', 'Second')])
})
afterEach(cleanup)

/** Shows the part after the cases and rows arrived, as the library's load fetches them at launch. */
async function showLoaded(ui: ReactElement) {
  await act(async () => {
    await casesActions.refresh()
    render(ui)
  })
}

async function renderCases() {
  await showLoaded(<CaseList />)
  return screen.getByRole('region', { name: 'Cases' })
}

describe('CaseList', () => {
  it('lists All articles, Unfiled and each case with its count; choosing one lists its articles', async () => {
    const region = await renderCases()
    const entries = within(region)
      .getAllByRole('listitem')
      .map((li) => within(li).getByRole('button'))
    expect(entries.map((b) => b.textContent)).toEqual([
      'All articles2, 2 articles',
      'Unfiled1, 1 article',
      'Gaza0, 0 articles',
      'Iran1, 1 article',
    ])
    expect(entries[0].getAttribute('aria-current')).toBe('true')
    expect(entries.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1])
    await act(async () => {
      fireEvent.click(entries[3])
    })
    expect(mockApi.articles.listRows).toHaveBeenLastCalledWith({
      sort: 'published',
      direction: 'desc',
      caseId: 'c1',
    })
    expect(entries[3].getAttribute('aria-current')).toBe('true')
    await act(async () => {
      fireEvent.click(entries[1])
    })
    expect(mockApi.articles.listRows).toHaveBeenLastCalledWith({
      sort: 'published',
      direction: 'desc',
      unfiled: true,
    })
  })

  it('moves with the arrow keys, renames with F2 and asks before deleting with Delete', async () => {
    const region = await renderCases()
    const all = within(region).getByRole('button', { name: /^All articles/ })
    all.focus()
    fireEvent.keyDown(all, { key: 'End' })
    const iranButton = within(region).getByRole('button', { name: /^Iran/ })
    expect(document.activeElement).toBe(iranButton)
    fireEvent.keyDown(all, { key: 'F2' })
    expect(within(region).queryByRole('textbox')).toBeNull()
    fireEvent.keyDown(iranButton, { key: 'F2' })
    const field = within(region).getByRole('textbox', {
      name: 'New name for the case “Iran”',
    }) as HTMLInputElement
    expect(field.value).toBe('Iran')
    expect(document.activeElement).toBe(field)
    fireEvent.keyDown(field, { key: 'Escape' })
    expect(within(region).queryByRole('textbox')).toBeNull()
    // All articles is shown, so focus goes back to it.
    expect(document.activeElement).toBe(within(region).getByRole('button', { name: /^All articles/ }))

    fireEvent.keyDown(within(region).getByRole('button', { name: /^Iran/ }), { key: 'Delete' })
    const confirm = within(region).getByRole('group', { name: 'Confirm deletion' })
    expect(confirm.textContent).toContain('Delete the case “Iran”? Its articles stay in the library.')
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Delete case' }))
    mockApi.cases.delete.mockResolvedValue(iran)
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: 'Delete case' }))
    })
    expect(mockApi.cases.delete).toHaveBeenCalledWith('c1')
  })

  it('creates a case from the inline field and shows why a name is refused', async () => {
    const region = await renderCases()
    fireEvent.click(within(region).getByRole('button', { name: 'New case' }))
    const field = within(region).getByRole('textbox', { name: 'Name of the new case' })
    mockApi.cases.create.mockRejectedValueOnce(
      new ApiError('invalid-request', 'There is already a case called “Iran”.'),
    )
    fireEvent.change(field, { target: { value: 'iran' } })
    await act(async () => {
      fireEvent.submit(field.closest('form')!)
    })
    expect(within(region).getByRole('alert').textContent).toBe('There is already a case called “Iran”.')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    mockApi.cases.create.mockResolvedValueOnce({ ...gaza, id: 'c3', name: 'Harbour' })
    mockApi.cases.list.mockResolvedValue({
      cases: [gaza, { ...gaza, id: 'c3', name: 'Harbour' }, iran],
      all: 2,
      unfiled: 1,
    })
    fireEvent.change(field, { target: { value: 'Harbour' } })
    await act(async () => {
      fireEvent.submit(field.closest('form')!)
    })
    expect(mockApi.cases.create).toHaveBeenLastCalledWith('Harbour')
    expect(within(region).queryByRole('textbox')).toBeNull()
    expect(
      within(region)
        .getByRole('button', { name: /^Harbour/ })
        .getAttribute('aria-current'),
    ).toBe('true')
    expect(document.activeElement).toBe(within(region).getByRole('button', { name: /^Harbour/ }))
  })

  it('puts an article dropped on a case in it, and ignores drops on All articles', async () => {
    const region = await renderCases()
    mockApi.cases.addArticles.mockResolvedValue(1)
    const drop = (target: HTMLElement) => {
      const dataTransfer = {
        types: [ARTICLE_DRAG_TYPE],
        getData: (type: string) => (type === ARTICLE_DRAG_TYPE ? 'a2' : ''),
        dropEffect: 'none',
      }
      const over = fireEvent.dragOver(target, { dataTransfer })
      fireEvent.drop(target, { dataTransfer })
      return over
    }
    let accepted = true
    await act(async () => {
      accepted = drop(within(region).getByRole('button', { name: /^All articles/ }))
    })
    // fireEvent answers false when the handler called preventDefault: All articles does not accept drops.
    expect(accepted).toBe(true)
    expect(mockApi.cases.addArticles).not.toHaveBeenCalled()
    await act(async () => {
      accepted = drop(within(region).getByRole('button', { name: /^Gaza/ }))
    })
    expect(accepted).toBe(false)
    expect(mockApi.cases.addArticles).toHaveBeenCalledWith('c2', ['a2'])
    expect(useStatusStore.getState().messages).toEqual(['Added “Second” to “Gaza”.'])
  })

  it('adds the open article to a case from the Add to case… menu, which Escape closes', async () => {
    const region = await renderCases()
    const add = within(region).getByRole('button', { name: 'Add to case…' }) as HTMLButtonElement
    expect(add.disabled).toBe(true)
    act(() => useLibraryStore.setState({ selectedId: 'a1' }))
    expect(add.disabled).toBe(false)
    fireEvent.click(add)
    const menu = within(region).getByRole('group', { name: 'Add “First” to a case' })
    expect(document.activeElement).toBe(within(menu).getByRole('button', { name: 'Gaza' }))
    fireEvent.keyDown(menu, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(within(menu).getByRole('button', { name: 'Iran' }))
    fireEvent.keyDown(menu, { key: 'Escape' })
    expect(within(region).queryByRole('group')).toBeNull()
    expect(add.getAttribute('aria-expanded')).toBe('false')

    fireEvent.click(add)
    mockApi.cases.addArticles.mockResolvedValue(1)
    await act(async () => {
      fireEvent.click(within(region).getByRole('button', { name: 'Iran' }))
    })
    expect(mockApi.cases.addArticles).toHaveBeenCalledWith('c1', ['a1'])
  })

  it('sorts the list by the key chosen', async () => {
    const region = await renderCases()
    await act(async () => {
      fireEvent.change(within(region).getByRole('combobox', { name: 'Sort by' }), {
        target: { value: 'title' },
      })
    })
    expect(mockApi.articles.listRows).toHaveBeenLastCalledWith({ sort: 'title', direction: 'asc' })
  })
})

describe('LibraryPane with cases', () => {
  it('lists the rows of the case chosen, each with its format, file name and date added', async () => {
    mockApi.articles.listRows.mockResolvedValue([row('a2', 'Second')])
    await showLoaded(<LibraryPane />)
    const items = within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('button')
    expect(items).toHaveLength(1)
    expect(items[0].textContent).toContain('Second')
    expect(items[0].textContent).toMatch(/PDF · a2\.pdf · added \S/)
    expect(items[0].getAttribute('draggable')).toBe('true')
    mockApi.articles.listRows.mockResolvedValue([])
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /^Gaza/ }))
    })
    expect(screen.getByText('No articles in this view.')).toBeTruthy()
  })
})

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CodebookEntry } from '../../../../../shared/model/codebook'
import { mockApi, resetMockApi } from '../../../test/mockApi'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { useWorkspaceStore } from '../../workspace/store/state'
import { codebookActions } from '../store/actions'
import { initialCodebookState, useCodebookStore } from '../store/state'
import { CodesView } from './CodesView'
import { CodingBox } from './CodingBox'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const entry = (id: string, name: string, over: Partial<CodebookEntry> = {}): CodebookEntry => ({
  id,
  name,
  color: 'blue',
  description: '',
  parentId: null,
  position: 0,
  createdAt: 'x',
  updatedAt: 'x',
  depth: 0,
  path: [name],
  passages: 0,
  articles: 0,
  ...over,
})
const framing = entry('k1', 'Framing', { passages: 2, articles: 1 })
const media = entry('k2', 'State media', { parentId: 'k1', depth: 1, path: ['Framing', 'State media'] })

beforeEach(() => {
  resetMockApi()
  useCodebookStore.setState(initialCodebookState, true)
  useNotesStore.setState(initialNotesState, true)
  useStatusStore.setState(initialStatusState, true)
  // The app mounts this view while it is the one shown.
  useWorkspaceStore.setState({ view: 'codes' }, true)
})
afterEach(cleanup)

describe('the Codes view', () => {
  it('says how to start when the codebook is empty', () => {
    render(<CodesView />)
    expect(screen.getByText('No codes yet. Select text in an article and press C to code it.')).toBeTruthy()
  })

  it('lists codes with their counts; the selected one shows its passages, counts and shared codes', async () => {
    mockApi.codes.list.mockResolvedValue([framing, media])
    mockApi.codes.passages.mockResolvedValue([
      {
        annotationId: 'n1',
        codeId: 'k1',
        articleId: 'a1',
        articleTitle: 'Port strike',
        exact: 'Dockers',
        note: 'n',
        start: 0,
        end: 7,
      },
    ])
    mockApi.codes.counts.mockResolvedValue([
      { codeId: 'k1', articleId: 'a1', articleTitle: 'Port strike', passages: 2 },
    ])
    mockApi.codes.cooccurrence.mockResolvedValue([{ codeId: 'k1', otherCodeId: 'k2', passages: 1 }])
    useCodebookStore.setState({ codes: [framing, media] })
    render(<CodesView />)
    const tree = screen.getByRole('region', { name: 'Codebook' })
    expect(within(tree).getByRole('button', { name: 'Framing 2 passages · 1 article' })).toBeTruthy()
    await act(async () => fireEvent.click(within(tree).getByRole('button', { name: /^Framing/ })))
    expect(mockApi.codes.passages).toHaveBeenCalledWith('k1', false)
    const detail = screen.getByRole('region', { name: 'Code “Framing”' })
    expect(within(detail).getByRole('list', { name: 'Coded passages' }).textContent).toContain('Port strike')
    const tables = within(detail).getAllByRole('table')
    expect(tables.map((t) => t.textContent)).toEqual([
      'Passages coded “Framing” per articleArticlePassagesPort strike2',
      'Codes applied to the same passagesCodeCodeShared passagesFramingState media1',
    ])
  })

  it('fetches the counts per article and the shared codes only while the view is shown', async () => {
    mockApi.codes.list.mockResolvedValue([framing, media])
    mockApi.codes.counts.mockResolvedValue([
      { codeId: 'k1', articleId: 'a1', articleTitle: 'Port strike', passages: 2 },
    ])
    useCodebookStore.setState({ selectedId: 'k1' })
    useWorkspaceStore.setState({ view: 'reader' })
    await codebookActions.refresh()
    expect(useCodebookStore.getState().codes).toEqual([framing, media])
    expect(mockApi.codes.counts).not.toHaveBeenCalled()
    expect(mockApi.codes.cooccurrence).not.toHaveBeenCalled()
    expect(mockApi.codes.passages).not.toHaveBeenCalled()
    useWorkspaceStore.setState({ view: 'codes' })
    await codebookActions.refresh()
    render(<CodesView />)
    const detail = screen.getByRole('region', { name: 'Code “Framing”' })
    expect(within(detail).getAllByRole('table')[0].textContent).toBe(
      'Passages coded “Framing” per articleArticlePassagesPort strike2',
    )
    expect(mockApi.codes.passages).toHaveBeenCalledWith('k1', false)
  })

  it('asks before deleting, with the focus on the confirming button', async () => {
    useCodebookStore.setState({ codes: [framing], selectedId: 'k1' })
    render(<CodesView />)
    fireEvent.click(screen.getByRole('button', { name: 'Delete code' }))
    const confirm = screen.getByRole('group', { name: 'Confirm deletion' })
    expect(confirm.textContent).toContain('Delete the code “Framing”?')
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(mockApi.codes.delete).not.toHaveBeenCalled()
  })

  it('moves a code with the keyboard through “Move to”', async () => {
    useCodebookStore.setState({ codes: [framing, media, entry('k3', 'Actors')], selectedId: 'k2' })
    mockApi.codes.move.mockResolvedValue(media)
    render(<CodesView />)
    fireEvent.change(screen.getByRole('combobox', { name: 'Move to' }), { target: { value: 'k3' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Move' })))
    expect(mockApi.codes.move).toHaveBeenCalledWith({ id: 'k2', parentId: 'k3' })
  })
})

describe('the coding box', () => {
  it('is a combobox: typing filters, arrows move the active option, Enter codes with it', async () => {
    useCodebookStore.setState({ codes: [framing, media], coding: { kind: 'annotation', annotationId: 'n1' } })
    mockApi.codes.code.mockResolvedValue([])
    render(<CodingBox />)
    const input = screen.getByRole('combobox', { name: 'Code the highlight as…' })
    expect(document.activeElement).toBe(input)
    fireEvent.change(input, { target: { value: 'a' } })
    const options = screen.getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual([
      'Framing',
      'Framing / State media',
      'Create the code “a”',
    ])
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id)
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id)
    await act(async () => fireEvent.keyDown(input, { key: 'Enter' }))
    expect(mockApi.codes.code).toHaveBeenCalledWith('n1', 'k2')
    expect(useCodebookStore.getState().coding).toBeNull()
  })

  it('offers no “Create” for a name the codebook has, and Escape closes it', () => {
    useCodebookStore.setState({ codes: [framing], coding: { kind: 'annotation', annotationId: 'n1' } })
    render(<CodingBox />)
    const input = screen.getByRole('combobox')
    fireEvent.change(input, { target: { value: 'FRAMING' } })
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Framing'])
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(useCodebookStore.getState().coding).toBeNull()
  })
})

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { annotation, mockApi, resetMockApi, stored } from '../../../test/mockApi'
import { useCodebookStore } from '../../codebook/store/state'
import { notesActions } from '../store/actions'
import { initialNotesState, useNotesStore } from '../store/state'
import { LONG_NOTES_LIST, NotesPane } from './NotesPane'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const later = annotation({
  id: 'n2',
  position: { type: 'TextPositionSelector', start: 47, end: 58 },
  note: 'ask the union',
  tags: ['claim', 'verify'],
  color: 'green',
})
const earlier = annotation({ id: 'n1' })

beforeEach(() => {
  resetMockApi()
  useNotesStore.setState(initialNotesState, true)
})
afterEach(cleanup)

describe('NotesPane', () => {
  it('asks to open an article when none is open', () => {
    render(<NotesPane />)
    expect(screen.getByRole('region', { name: 'Notes' })).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Export Markdown' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('explains how to annotate when the article has no annotations', () => {
    notesActions.load('a1', '', [])
    render(<NotesPane />)
    expect(screen.getByText('Select text in the article to highlight it or add a note.')).toBeTruthy()
    expect(screen.queryByRole('list', { name: 'Annotations' })).toBeNull()
  })

  it('lists annotations in text order with quote, note, tags and colour', () => {
    notesActions.load('a1', 'memo text', [later, earlier])
    render(<NotesPane />)
    expect((screen.getByLabelText('Memo') as HTMLTextAreaElement).value).toBe('memo text')
    const items = within(screen.getByRole('list', { name: 'Annotations' })).getAllByRole('listitem')
    expect(items.map((i) => i.getAttribute('data-annotation-id'))).toEqual(['n1', 'n2'])
    const second = within(items[1])
    expect(second.getByRole('button', { name: 'First point' })).toBeTruthy()
    expect((second.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('ask the union')
    expect((second.getByLabelText('Tags') as HTMLInputElement).value).toBe('claim, verify')
    expect(second.getByRole('button', { name: 'Colour green' }).getAttribute('aria-pressed')).toBe('true')
    expect(second.getAllByRole('button', { name: /^Colour / })).toHaveLength(5)
  })

  it('flashes the highlight when the quote is clicked', () => {
    notesActions.load('a1', '', [earlier])
    render(<NotesPane />)
    fireEvent.click(screen.getByRole('button', { name: 'Talks' }))
    expect(useNotesStore.getState().flash?.id).toBe('n1')
  })

  it('opens the coding box for a highlight when C is pressed on its card, never while typing its note', () => {
    notesActions.load('a1', '', [earlier])
    useCodebookStore.setState({ coding: null })
    render(<NotesPane />)
    fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'c' })
    expect(useCodebookStore.getState().coding).toBeNull()
    fireEvent.keyDown(screen.getByRole('button', { name: 'Talks' }), { key: 'c' })
    expect(useCodebookStore.getState().coding).toEqual({ kind: 'annotation', annotationId: 'n1' })
  })

  it('warns about an annotation that no longer fits the text', () => {
    notesActions.load('a1', '', [annotation({ anchored: false })])
    render(<NotesPane />)
    expect(screen.getByText(/no longer in the article text/)).toBeTruthy()
  })

  it('saves a note on Ctrl+Enter and changes colour and deletes through the store', async () => {
    notesActions.load('a1', '', [earlier])
    mockApi.annotations.update.mockImplementation(async (patch) => ({
      ...stored(earlier),
      ...patch,
      id: 'n1',
    }))
    mockApi.annotations.delete.mockResolvedValue(stored(earlier))
    render(<NotesPane />)
    const note = screen.getByLabelText('Note')
    fireEvent.change(note, { target: { value: 'a note' } })
    await act(async () => {
      fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true })
    })
    expect(mockApi.annotations.update).toHaveBeenCalledWith({ id: 'n1', note: 'a note' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Colour purple' }))
    })
    expect(mockApi.annotations.update).toHaveBeenLastCalledWith({ id: 'n1', color: 'purple' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete annotation' }))
    })
    expect(mockApi.annotations.delete).toHaveBeenCalledWith('n1')
    expect(screen.getByText('Select text in the article to highlight it or add a note.')).toBeTruthy()
  })

  it('focuses the note editor of a new annotation', () => {
    notesActions.load('a1', '', [earlier])
    render(<NotesPane />)
    act(() => notesActions.focusNote('n1'))
    expect(document.activeElement).toBe(screen.getByLabelText('Note'))
    expect(useNotesStore.getState().focusRequest).toBeNull()
  })

  it('exports from the header buttons', async () => {
    notesActions.load('a1', '', [])
    mockApi.notes.export.mockResolvedValue(null)
    render(<NotesPane />)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }))
    })
    expect(mockApi.notes.export).toHaveBeenCalledWith('a1', 'json')
  })

  it('draws a long list only in part, with notes as text until one is edited', () => {
    const many = Array.from({ length: LONG_NOTES_LIST + 40 }, (_, i) =>
      annotation({
        id: `m${i}`,
        position: { type: 'TextPositionSelector', start: i * 10, end: i * 10 + 5 },
        note: `note ${i}`,
      }),
    )
    notesActions.load('a1', '', many)
    render(<NotesPane />)
    expect(screen.getByText(String(many.length))).toBeTruthy()
    const items = within(screen.getByRole('list', { name: 'Annotations' })).getAllByRole('listitem')
    expect(items.length).toBeGreaterThan(0)
    expect(items.length).toBeLessThan(many.length)
    expect(items[0].getAttribute('aria-setsize')).toBe(String(many.length))
    expect(screen.queryAllByRole('textbox', { name: 'Note' })).toHaveLength(0)

    const first = within(items[0])
    fireEvent.focus(first.getByRole('button', { name: 'Note: note 0' }))
    const box = first.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement
    expect(box.value).toBe('note 0')
    expect(document.activeElement).toBe(box)
    fireEvent.change(box, { target: { value: 'note 0, checked' } })
    expect(useNotesStore.getState().noteDrafts.m0).toBe('note 0, checked')
    expect(screen.getAllByRole('textbox', { name: 'Note' })).toHaveLength(1)
  })
})

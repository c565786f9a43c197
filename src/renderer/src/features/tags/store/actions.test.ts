// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { NoteTags, TagCount } from '../../../../../shared/model/tags'
import { ApiError } from '../../../lib/api'
import { annotation, article, mockApi, resetMockApi } from '../../../test/mockApi'
import { historyActions } from '../../history/store/actions'
import { initialHistoryState, useHistoryStore } from '../../history/store/state'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { initialSearchState, useSearchStore } from '../../search/store/state'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { tagsActions } from './actions'
import { initialTagsState, useTagsStore } from './state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const tag = (name: string, annotations = 1, articles = 1): TagCount => ({ name, annotations, articles })
const before: NoteTags[] = [{ id: 'n1', tags: ['army', 'Iran'], updatedAt: '2024-05-03T10:00:00Z' }]
const labels = () =>
  useHistoryStore.getState().undoStack.map((e) => (e.lane === 'library' ? e.step.label : e.lane))

beforeEach(() => {
  resetMockApi()
  useTagsStore.setState(initialTagsState, true)
  useHistoryStore.setState(initialHistoryState, true)
  useNotesStore.setState(initialNotesState, true)
  useSearchStore.setState(initialSearchState, true)
  useStatusStore.setState(initialStatusState, true)
  mockApi.tags.list.mockResolvedValue([tag('army'), tag('Iran')])
})

describe('the tag list', () => {
  it('fetches the tags and drops ticks of tags that are gone', async () => {
    useTagsStore.setState({ selected: ['army', 'gone'] })
    await tagsActions.load()
    expect(useTagsStore.getState()).toMatchObject({
      tags: [tag('army'), tag('Iran')],
      loaded: true,
      selected: ['army'],
    })
  })

  it('lists the articles of a tag with a library search', async () => {
    mockApi.search.query.mockResolvedValue([])
    await tagsActions.showTagged('armed forces')
    expect(mockApi.search.query).toHaveBeenCalledWith('tag:"armed forces"')
    expect(useSearchStore.getState().query).toBe('tag:"armed forces"')
  })
})

describe('renaming a tag', () => {
  it('renames on every note, refreshes the open notes, and undo puts the notes back; redo renames again', async () => {
    useNotesStore.setState({
      articleId: 'a1',
      annotations: [annotation({ id: 'n1', tags: ['army', 'Iran'] })],
    })
    mockApi.tags.rename.mockResolvedValue(before)
    mockApi.articles.open.mockResolvedValue({
      article: article(),
      annotations: [annotation({ id: 'n1', tags: ['military', 'Iran'] })],
    })
    tagsActions.startRename('army')
    expect(await tagsActions.submitRename(' military ')).toBe(true)
    expect(mockApi.tags.rename).toHaveBeenCalledWith('army', ' military ')
    expect(useTagsStore.getState().renaming).toBeNull()
    expect(useNotesStore.getState().annotations[0].tags).toEqual(['military', 'Iran'])
    expect(useStatusStore.getState().messages).toEqual(['Renamed the tag “army” to “military” on 1 note.'])
    expect(labels()).toEqual(['Tag “army” renamed to “military”'])

    mockApi.articles.open.mockResolvedValue({
      article: article(),
      annotations: [annotation({ id: 'n1', tags: ['army', 'Iran'] })],
    })
    expect(await historyActions.step('undo')).toBe(true)
    expect(mockApi.tags.restore).toHaveBeenCalledWith(before)
    expect(useNotesStore.getState().annotations[0].tags).toEqual(['army', 'Iran'])
    expect(await historyActions.step('redo')).toBe(true)
    expect(mockApi.tags.rename).toHaveBeenCalledTimes(2)
  })

  it('keeps the field open with the reason when refused, and closes without a call for the same name', async () => {
    mockApi.tags.rename.mockRejectedValue(
      new ApiError('invalid-request', 'The new tag name cannot be empty.'),
    )
    tagsActions.startRename('army')
    expect(await tagsActions.submitRename('  ')).toBe(false)
    expect(useTagsStore.getState()).toMatchObject({
      renaming: 'army',
      renameError: 'The new tag name cannot be empty.',
    })
    expect(await tagsActions.submitRename('army ')).toBe(true)
    expect(mockApi.tags.rename).toHaveBeenCalledTimes(1)
    expect(labels()).toEqual([])
  })
})

describe('merging tags', () => {
  it('asks only with two or more ticked, merges them, and undo puts every note back', async () => {
    tagsActions.toggleSelected('army')
    tagsActions.askMerge()
    expect(useTagsStore.getState().confirmingMerge).toBe(false)
    tagsActions.toggleSelected('military')
    tagsActions.askMerge()
    expect(useTagsStore.getState().confirmingMerge).toBe(true)
    mockApi.tags.merge.mockResolvedValue(before)
    expect(await tagsActions.confirmMerge('armed forces')).toBe(true)
    expect(mockApi.tags.merge).toHaveBeenCalledWith(['army', 'military'], 'armed forces')
    expect(useTagsStore.getState()).toMatchObject({ confirmingMerge: false, selected: [] })
    expect(labels()).toEqual(['Tags “army” and “military” merged into “armed forces”'])
    await historyActions.step('undo')
    expect(mockApi.tags.restore).toHaveBeenCalledWith(before)
    expect(useStatusStore.getState().messages.at(-1)).toBe(
      'Undone: Tags “army” and “military” merged into “armed forces”.',
    )
  })
})

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockApi, resetMockApi } from '../../../test/mockApi'
import { initialTagsState, useTagsStore } from '../store/state'
import { TagsView } from './TagsView'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

beforeEach(() => {
  resetMockApi()
  useTagsStore.setState(initialTagsState, true)
})
afterEach(cleanup)

async function show() {
  await act(async () => {
    render(<TagsView shown />)
  })
}
const names = () => [...document.querySelectorAll('[data-tag]')].map((row) => row.getAttribute('data-tag'))

describe('the Tags view', () => {
  it('says how tags come to be when there are none', async () => {
    await show()
    expect(screen.getByText(/^No tags yet\. Add tags to a note in the Notes pane/)).toBeTruthy()
  })

  it('lists every tag with its counts, by name or most used first', async () => {
    mockApi.tags.list.mockResolvedValue([
      { name: 'army', annotations: 1, articles: 1 },
      { name: 'Iran', annotations: 4, articles: 2 },
    ])
    await show()
    expect(names()).toEqual(['army', 'Iran'])
    expect(document.querySelector('[data-tag="Iran"]')!.textContent).toContain('4 notes in 2 articles')
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'count' } })
    expect(names()).toEqual(['Iran', 'army'])
  })

  it('renames in place with Enter, and merges only with two ticked', async () => {
    mockApi.tags.list.mockResolvedValue([
      { name: 'army', annotations: 1, articles: 1 },
      { name: 'Iran', annotations: 4, articles: 2 },
    ])
    mockApi.tags.rename.mockResolvedValue([])
    await show()
    const merge = screen.getByRole('button', { name: 'Merge tags…' }) as HTMLButtonElement
    expect(merge.disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Rename the tag “army”' }))
    const field = screen.getByRole('textbox', { name: 'New name for “army”' })
    expect(document.activeElement).toBe(field)
    fireEvent.change(field, { target: { value: 'soldiers' } })
    await act(async () => fireEvent.keyDown(field, { key: 'Enter' }))
    expect(mockApi.tags.rename).toHaveBeenCalledWith('army', 'soldiers')

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “army” to merge' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Iran” to merge' }))
    fireEvent.click(screen.getByRole('button', { name: 'Merge 2 tags…' }))
    const confirm = screen.getByRole('group', { name: 'Confirm merge' })
    expect(confirm.textContent).toContain('Merge “army” and “Iran” into one tag')
    expect(document.activeElement).toBe(within(confirm).getByRole('textbox', { name: 'Merged tag name' }))
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(screen.queryByRole('group', { name: 'Confirm merge' })).toBeNull()
    expect(mockApi.tags.merge).not.toHaveBeenCalled()
  })
})

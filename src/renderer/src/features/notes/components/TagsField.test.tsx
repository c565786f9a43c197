// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockApi, resetMockApi } from '../../../test/mockApi'
import { TagsField } from './TagsField'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

beforeEach(resetMockApi)
afterEach(cleanup)

const field = () => screen.getByRole('combobox', { name: 'Tags' }) as HTMLInputElement
const typeInto = (text: string) =>
  act(async () => {
    fireEvent.change(field(), { target: { value: text } })
  })

describe('the tags field', () => {
  it('suggests library tags for the tag being typed, leaving out those already typed; arrows and Enter take one', async () => {
    const onSave = vi.fn()
    render(<TagsField tags={[]} onSave={onSave} />)
    field().focus()
    mockApi.tags.suggest.mockResolvedValue(['Iran', 'Iraq', 'Miranda'])
    await typeInto('Iran, ir')
    expect(mockApi.tags.suggest).toHaveBeenLastCalledWith('ir', 9)
    const options = screen.getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['Iraq', 'Miranda'])
    expect(field().getAttribute('aria-expanded')).toBe('true')
    expect(field().getAttribute('aria-activedescendant')).toBeNull()

    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('Miranda')
    expect(field().getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { selected: true }).id,
    )
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('Iraq')
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(field().value).toBe('Iran, Iraq, ')
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(onSave).not.toHaveBeenCalled()

    // With no suggestion chosen, Enter saves what is typed.
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(onSave).toHaveBeenCalledWith('Iran, Iraq, ')
  })

  it('takes a suggestion with Tab or a click, and Escape closes the list', async () => {
    render(<TagsField tags={['claim']} onSave={() => {}} />)
    field().focus()
    mockApi.tags.suggest.mockResolvedValue(['verify', 'verified'])
    await typeInto('claim, ver')
    fireEvent.keyDown(field(), { key: 'ArrowUp' })
    fireEvent.keyDown(field(), { key: 'Tab' })
    expect(field().value).toBe('claim, verified, ')
    await typeInto('claim, verified, v')
    fireEvent.keyDown(field(), { key: 'Escape' })
    expect(screen.queryByRole('listbox')).toBeNull()
    await typeInto('claim, verified, ve')
    fireEvent.click(screen.getByRole('option', { name: 'verify' }))
    expect(field().value).toBe('claim, verified, verify, ')
  })

  it('asks nothing for an empty tag and keeps the newest answer', async () => {
    render(<TagsField tags={[]} onSave={() => {}} />)
    field().focus()
    await typeInto('a, ')
    expect(mockApi.tags.suggest).not.toHaveBeenCalled()
    let answerOld: (names: string[]) => void = () => {}
    mockApi.tags.suggest.mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
    mockApi.tags.suggest.mockResolvedValueOnce(['army'])
    await typeInto('a, b')
    await typeInto('a, ar')
    await act(async () => answerOld(['bravo']))
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['army'])
  })
})

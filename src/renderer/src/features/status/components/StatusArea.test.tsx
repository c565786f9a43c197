// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { statusActions } from '../store/actions'
import { initialStatusState, useStatusStore } from '../store/state'
import { StatusArea } from './StatusArea'

beforeEach(() => useStatusStore.setState(initialStatusState, true))
afterEach(cleanup)

describe('StatusArea', () => {
  it('announces outcomes in a status region and failures in a dismissible alert', () => {
    render(<StatusArea />)
    expect(screen.getByRole('status').textContent).toBe('')
    expect(screen.queryByRole('alert')).toBeNull()
    act(() => {
      statusActions.show('Imported “Port strike ends”')
      statusActions.alert('“broken.pdf” could not be read: the file is damaged.')
    })
    expect(screen.getByRole('status').textContent).toBe('Imported “Port strike ends”')
    expect(screen.getByRole('alert').textContent).toContain(
      '“broken.pdf” could not be read: the file is damaged.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

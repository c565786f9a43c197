// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_CLAIM_THRESHOLD,
  DEFAULT_READER_CLAIM_THRESHOLD,
} from '../../../../../shared/model/claimThreshold'
import { ApiError } from '../../../lib/api'
import { analysis, annotation, article, mockApi, resetMockApi, stored } from '../../../test/mockApi'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { ReaderPane } from '../../reader/components/ReaderPane'
import { readerActions } from '../../reader/store/actions'
import { initialReaderState, useReaderStore } from '../../reader/store/state'
import {
  CLAIM_THRESHOLD_KEY,
  initialAnalysisState,
  storedClaimThreshold,
  useAnalysisStore,
} from '../store/state'
import { SidePane } from './SidePane'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

beforeEach(() => {
  resetMockApi()
  useReaderStore.setState(initialReaderState, true)
  useNotesStore.setState(initialNotesState, true)
  useAnalysisStore.setState(initialAnalysisState, true)
})
afterEach(cleanup)

async function openArticle(data = analysis()) {
  mockApi.articles.open.mockResolvedValue({ article: article(), annotations: [] })
  mockApi.analysis.get.mockResolvedValue(data)
  render(
    <>
      <ReaderPane />
      <SidePane />
    </>,
  )
  await act(() => readerActions.open('a1'))
}

const reader = () => screen.getByRole('region', { name: 'Reader' })

describe('the analysis in the reader', () => {
  it('draws layers with counts in the legend, and toggles them', async () => {
    await openArticle()
    const legend = screen.getByRole('group', { name: 'Analysis layers' })
    expect(legend.textContent).toContain('2 check-worthy claims')
    expect(reader().querySelectorAll('span[data-layer="claim"].an-first')).toHaveLength(2)
    const claims = within(legend).getByRole('checkbox', { name: 'Claims' })
    await act(async () => fireEvent.click(claims))
    expect(reader().querySelectorAll('span[data-layer="claim"]')).toHaveLength(0)
    expect(reader().querySelector('.reader-body p')!.textContent).toBe('Talks lasted a week.')
    await act(async () => fireEvent.click(claims))
    expect(reader().querySelectorAll('span[data-layer="claim"].an-first')).toHaveLength(2)
  })

  it('shows fewer or more claims with the legend’s slider, and remembers where it was left', async () => {
    await openArticle()
    const legend = screen.getByRole('group', { name: 'Analysis layers' })
    const slider = within(legend).getByRole('slider', { name: /Claims shown/ })
    const claimSpans = () => reader().querySelectorAll('span[data-layer="claim"].an-first')
    // The mock's claims score 0.81, 0.93 and 0.2; right is "more", so the value is 100 − threshold.
    await act(async () => fireEvent.change(slider, { target: { value: '10' } }))
    expect(claimSpans()).toHaveLength(1)
    expect(legend.textContent).toContain('1 check-worthy claim')
    expect(slider.getAttribute('aria-valuetext')).toBe('claims scoring 0.90 or more')
    expect(localStorage.getItem(CLAIM_THRESHOLD_KEY)).toBe('0.9')
    await act(async () => fireEvent.change(slider, { target: { value: '85' } }))
    expect(claimSpans()).toHaveLength(3)
    expect(storedClaimThreshold()).toBe(0.15)
    localStorage.removeItem(CLAIM_THRESHOLD_KEY)
  })

  it('starts the slider at the model’s reader default when nothing usable is stored', () => {
    for (const junk of ['abc', '7', '-1', '']) {
      localStorage.setItem(CLAIM_THRESHOLD_KEY, junk)
      expect(storedClaimThreshold(), junk).toBe(DEFAULT_READER_CLAIM_THRESHOLD)
    }
    localStorage.removeItem(CLAIM_THRESHOLD_KEY)
    expect(storedClaimThreshold()).toBe(DEFAULT_READER_CLAIM_THRESHOLD)
  })

  it('by default leaves out a check-worthy sentence below the reader’s default, in the reader and the Claims tab, until the slider shows more', async () => {
    // The reader's default leans to precision: above the F1-best cut-off that decides `checkworthy`.
    expect(DEFAULT_READER_CLAIM_THRESHOLD).toBeGreaterThan(DEFAULT_CLAIM_THRESHOLD)
    const data = analysis()
    data.claims[0] = {
      ...data.claims[0],
      score: (DEFAULT_CLAIM_THRESHOLD + DEFAULT_READER_CLAIM_THRESHOLD) / 2,
    }
    expect(data.claims[0].checkworthy).toBe(true)
    await openArticle(data)
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Claims' })))
    const legend = screen.getByRole('group', { name: 'Analysis layers' })
    const slider = within(legend).getByRole('slider', { name: /Claims shown/ })
    const panel = screen.getByRole('region', { name: 'Claims' })
    const listed = () =>
      [...within(panel).getByRole('list', { name: 'Claims list' }).children].map((li) =>
        li.getAttribute('data-claim-id'),
      )
    const drawn = () =>
      [...reader().querySelectorAll('span[data-layer="claim"].an-first')].map((s) =>
        s.getAttribute('data-key'),
      )
    expect(slider.getAttribute('aria-valuetext')).toMatch(/\(the default\)$/)
    expect(drawn()).toEqual(['claim:c2'])
    expect(listed()).toEqual(['c2'])
    expect(legend.textContent).toContain('1 check-worthy claim')

    await act(async () => fireEvent.change(slider, { target: { value: '85' } }))
    expect(drawn()).toHaveLength(3)
    expect(listed()).toEqual(['c2', 'c1', 'c3'])
    await act(async () => fireEvent.change(slider, { target: { value: '5' } }))
    expect(drawn()).toEqual([])
    expect(within(panel).queryByRole('list', { name: 'Claims list' })).toBeNull()
    expect(panel.textContent).toContain('No claims at this threshold')
    localStorage.removeItem(CLAIM_THRESHOLD_KEY)
  })

  it('explains a highlight with keyboard focus in a tooltip, and hides it with Escape', async () => {
    await openArticle()
    const claim = reader().querySelector<HTMLElement>('span[data-key="claim:c2"]')!
    await act(async () => claim.focus())
    const tooltip = screen.getByRole('tooltip')
    expect(tooltip.textContent).toContain('Check-worthiness 0.93')
    expect(tooltip.textContent).toContain('Units check: 650 kilometers (400 miles) agree.')
    expect(claim.getAttribute('aria-describedby')).toBe(tooltip.id)
    await act(async () => fireEvent.keyDown(claim, { key: 'Escape' }))
    expect(screen.queryByRole('tooltip')).toBeNull()
  })

  it('moves between highlights with the arrow keys, one of them in the Tab order', async () => {
    await openArticle()
    const first = reader().querySelector<HTMLElement>('span[data-layer][tabindex="0"]')!
    expect(first.dataset.key).toBe('claim:c1')
    await act(async () => first.focus())
    await act(async () => fireEvent.keyDown(first, { key: 'ArrowRight' }))
    expect((document.activeElement as HTMLElement).dataset.key).toBe('mention:s1:0')
    expect(reader().querySelector<HTMLElement>('span[data-layer][tabindex="0"]')!.dataset.key).toBe(
      'mention:s1:0',
    )
  })
})

describe('the side pane', () => {
  it('keeps Notes as the first tab and moves between tabs with the arrow keys', async () => {
    await openArticle()
    const notesTab = screen.getByRole('tab', { name: 'Notes' })
    expect(notesTab.getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('region', { name: 'Notes' })).toBeTruthy()
    await act(async () => fireEvent.keyDown(notesTab, { key: 'ArrowRight' }))
    expect(screen.getByRole('tab', { name: 'Sources' }).getAttribute('aria-selected')).toBe('true')
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Sources' }))
    expect(screen.getByRole('region', { name: 'Sources' }).textContent).toContain('1 named · 1 anonymous')
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' }))
    expect(screen.getByRole('region', { name: 'Notes' })).toBeTruthy()
  })

  it('chooses a source: its words stand out, its quotes are listed; Escape clears it', async () => {
    await openArticle()
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Sources' })))
    const panel = screen.getByRole('region', { name: 'Sources' })
    const dockers = within(panel).getByRole('button', { name: /^Dockers/ })
    await act(async () => fireEvent.click(dockers))
    expect(dockers.getAttribute('aria-pressed')).toBe('true')
    expect(reader().querySelector('span.an-focused[data-layer="quote"]')!.textContent).toBe('Talks ')
    expect(within(panel).getByRole('list', { name: 'Quotes' }).textContent).toContain('Talks lasted')
    await act(async () => fireEvent.keyDown(dockers, { key: 'Escape' }))
    expect(reader().querySelector('span.an-focused')).toBeNull()
  })

  it('lists a chosen source’s reported speech beside its quotes, or says it has none', async () => {
    await openArticle()
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Sources' })))
    const panel = screen.getByRole('region', { name: 'Sources' })
    const officials = within(panel).getByRole('button', { name: /^Officials/ })
    expect(officials.textContent).toContain('1 reported')
    await act(async () => fireEvent.click(officials))
    expect(within(panel).getByRole('list', { name: 'Reported speech' }).textContent).toContain(
      'return to work',
    )
    expect(reader().querySelector('span.an-focused[data-layer="attribution"]')!.textContent).toBe(
      'return to work',
    )
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: /^Dockers/ })))
    expect(panel.textContent).toContain('Nothing reported from Dockers without quote marks.')
  })

  it('lists claims by score with reasons, and adds one to the notes', async () => {
    await openArticle()
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Claims' })))
    const panel = screen.getByRole('region', { name: 'Claims' })
    const items = within(panel).getByRole('list', { name: 'Claims list' }).children
    expect([...items].map((li) => li.getAttribute('data-claim-id'))).toEqual(['c2', 'c1'])
    expect(items[0].textContent).toContain('units check: 650 kilometers (400 miles) agree')
    await act(async () =>
      fireEvent.change(within(panel).getByRole('combobox', { name: 'Reason' }), {
        target: { value: 'hedge' },
      }),
    )
    expect(within(panel).getByRole('list', { name: 'Claims list' }).children).toHaveLength(1)

    mockApi.annotations.create.mockResolvedValue(
      stored(annotation({ id: 'n4', position: { type: 'TextPositionSelector', start: 0, end: 23 } })),
    )
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: 'Add to notes' })))
    expect(mockApi.annotations.create).toHaveBeenCalledWith(
      expect.objectContaining({ start: 0, end: 23, tags: ['claim'] }),
    )
    expect(reader().querySelector('mark[data-annotation-id="n4"]')).not.toBeNull()
  })

  it('says "In notes" for a claim already in the notes, and goes to its note instead of adding a copy', async () => {
    await openArticle()
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Claims' })))
    const panel = screen.getByRole('region', { name: 'Claims' })
    const item = () => panel.querySelector<HTMLElement>('li[data-claim-id="c1"]')!
    mockApi.annotations.create.mockResolvedValue(
      stored(annotation({ id: 'n4', position: { type: 'TextPositionSelector', start: 0, end: 23 } })),
    )
    await act(async () => fireEvent.click(within(item()).getByRole('button', { name: 'Add to notes' })))
    expect(within(item()).queryByRole('button', { name: 'Add to notes' })).toBeNull()

    await act(async () => fireEvent.click(within(item()).getByRole('button', { name: 'In notes' })))
    expect(mockApi.annotations.create).toHaveBeenCalledTimes(1)
    expect(useNotesStore.getState().annotations).toHaveLength(1)
    expect(screen.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true')
    expect(useNotesStore.getState().flash?.id).toBe('n4')
  })

  it('says when it is analysing, when nothing was found, and when the analysis failed', async () => {
    mockApi.articles.open.mockResolvedValue({ article: article(), annotations: [] })
    let answer: (a: ReturnType<typeof analysis>) => void = () => {}
    mockApi.analysis.get.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    render(<SidePane />)
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Claims' })))
    await act(() => readerActions.open('a1'))
    expect(screen.getByRole('region', { name: 'Claims' }).textContent).toContain('Analysing…')
    await act(async () => answer(analysis({ claims: [], sources: [], quotes: [] })))
    expect(screen.getByRole('region', { name: 'Claims' }).textContent).toContain(
      'No check-worthy claims found.',
    )
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Sources' })))
    expect(screen.getByRole('region', { name: 'Sources' }).textContent).toContain('No sources found.')

    mockApi.analysis.get.mockRejectedValue(new ApiError('internal', 'The analysis could not be made.'))
    await act(() => readerActions.open('a1'))
    expect(screen.getByRole('alert').textContent).toBe('The analysis could not be made.')
  })
})

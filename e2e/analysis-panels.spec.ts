import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { DEFAULT_CLAIM_THRESHOLD, DEFAULT_READER_CLAIM_THRESHOLD } from '../src/shared/model/claimThreshold'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

/** The hand-annotated expectations for the sample article (shared with the engine's evaluation). */
interface Expected {
  article: { title: string }
  sources: { name: string; kind: string; role?: string }[]
  quotes: { text: string; speaker: string }[]
  claims: { mustInclude: string[]; numbers: { text: string }[] }
}
const expected: Expected = JSON.parse(
  readFileSync(
    resolve(__dirname, '../../shared/data/samples/kim-putin-vostochny-scraped.expected.json'),
    'utf8',
  ),
)
const source = (name: string) => expected.sources.find((s) => s.name === name)!
const PASSAGE = 'each traveled about 650 kilometers (400 miles)'
const UNITS = expected.claims.numbers[0].text

async function openSample(w: DossierWindow) {
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()
  await expect(w.reader.legend()).toContainText(/\d+ check-worthy claims?/)
}

test('the legend counts each layer, and the Claims layer can be turned off and on', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await openSample(w)

  const claims = await w.reader.layerCount('Claims')
  const quotes = await w.reader.layerCount('Quotes')
  await expect(w.reader.legend()).toContainText(`Claims${claims}`)
  await expect(w.reader.layerStarts('claim')).toHaveCount(claims)
  await expect(w.reader.layerStarts('quote')).toHaveCount(quotes)
  expect(quotes).toBeGreaterThanOrEqual(expected.quotes.length)

  // The reader starts above the cut-off that makes a sentence check-worthy (the CLI's), showing
  // fewer claims; moved down to that cut-off, it draws every passage the annotators marked as
  // check-worthy.
  const slider = w.reader.claimSlider()
  await slider.focus()
  const steps = Math.round((DEFAULT_READER_CLAIM_THRESHOLD - DEFAULT_CLAIM_THRESHOLD) * 100)
  expect(steps).toBeGreaterThan(0)
  for (let i = 0; i < steps; i++) await app.page.keyboard.press('ArrowRight')
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    `claims scoring ${DEFAULT_CLAIM_THRESHOLD.toFixed(2)} or more`,
  )
  const atCutOff = await w.reader.layerCount('Claims')
  expect(atCutOff).toBeGreaterThanOrEqual(claims)
  await expect(w.reader.layerStarts('claim')).toHaveCount(atCutOff)
  const claimTexts = await w.reader.layerTexts('claim')
  for (const passage of expected.claims.mustInclude)
    expect(
      claimTexts.some((t) => t.includes(passage)),
      passage,
    ).toBe(true)
  const quoteTexts = await w.reader.layerTexts('quote')
  for (const q of expected.quotes)
    expect(
      quoteTexts.some((t) => t.includes(q.text)),
      q.text,
    ).toBe(true)

  await w.reader.layerToggle('Claims').uncheck()
  await expect(w.reader.layer('claim')).toHaveCount(0)
  await expect(w.reader.layerStarts('quote')).toHaveCount(quotes)
  await w.reader.layerToggle('Claims').check()
  await expect(w.reader.layerStarts('claim')).toHaveCount(atCutOff)
})

test('a claim highlight reached with the keyboard explains itself in a tooltip', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await openSample(w)
  await w.reader.layerToggle('Quotes').uncheck()
  await w.reader.layerToggle('Sources').uncheck()
  await w.reader.layerToggle('Reported speech').uncheck()

  await w.reader.title().click()
  // The pointer leaves the text, as a keyboard user's would: a highlight passing under it would take the tooltip.
  await app.page.mouse.move(0, 0)
  const focusedLayer = () =>
    app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.layer ?? null)
  for (let i = 0; i < 8 && (await focusedLayer()) !== 'claim'; i++) await app.page.keyboard.press('Tab')
  expect(await focusedLayer()).toBe('claim')

  const tooltip = w.reader.tooltip()
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText(/Check-worthiness \d\.\d\d/)
  const tooltipId = await tooltip.getAttribute('id')
  await expect(app.page.locator(':focus')).toHaveAttribute('aria-describedby', tooltipId!)

  // The arrow keys go on to the next claim; Escape hides the tooltip.
  const firstKey = await app.page.locator(':focus').getAttribute('data-key')
  await app.page.keyboard.press('ArrowRight')
  await expect(app.page.locator(':focus')).not.toHaveAttribute('data-key', firstKey!)
  await expect(tooltip).toContainText('Check-worthiness')
  await app.page.keyboard.press('Escape')
  await expect(tooltip).toHaveCount(0)
})

test('a drag that starts on a highlight still selects the passage, and the passage can be highlighted', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  await openSample(w)
  const jcs = expected.quotes.find((q) => q.speaker === 'South Korea’s Joint Chiefs of Staff')!
  // The quote's highlight takes keyboard focus, which is what used to stop a mouse selection.
  await expect(w.reader.layerStarts('quote').filter({ hasText: jcs.text }).first()).toHaveAttribute(
    'tabindex',
    /-?\d/,
  )

  await w.reader.select(jcs.text)
  await app.page.keyboard.press('h')
  await expect(w.reader.highlights()).toHaveCount(1)
  await expect(w.reader.highlights()).toHaveText(jcs.text)
  await expect(w.notes.annotations()).toHaveCount(1)
})

test('the Sources tab lists the ledger; choosing a source shows its quotes in the reader', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  await openSample(w)

  await w.tabs.tab('Notes').focus()
  await app.page.keyboard.press('ArrowRight')
  await expect(w.tabs.tab('Sources')).toHaveAttribute('aria-selected', 'true')
  await expect(w.tabs.tab('Sources')).toBeFocused()

  const easley = source('Leif-Eric Easley')
  await expect(w.sources.entry(easley.name)).toContainText(easley.role!)
  await expect(w.sources.entry(easley.name)).toContainText(easley.kind)

  const anonymous = expected.sources.filter((s) => s.kind === 'anonymous').length
  const named = expected.sources.length - anonymous
  const summary = (await w.sources.root.getByText(/\d+ named · \d+ anonymous/).textContent()) ?? ''
  const [, namedShown, anonymousShown] = /(\d+) named · (\d+) anonymous/.exec(summary)!
  expect(Number(anonymousShown)).toBe(anonymous)
  expect(Number(namedShown)).toBe(named)

  const panda = source('Ankit Panda')
  const pandaQuotes = expected.quotes.filter((q) => q.speaker === panda.name)
  await w.sources.source(panda.name).click()
  await expect(w.sources.source(panda.name)).toHaveAttribute('aria-pressed', 'true')
  await expect(w.reader.focusedSourceSpans('quote').first()).toBeVisible()
  const focused = await w.reader.layerTexts('quote', true)
  for (const q of pandaQuotes)
    expect(
      focused.some((t) => t.includes(q.text)),
      q.text,
    ).toBe(true)
  expect(focused.some((t) => t.includes('It further comes at a time'))).toBe(true)
  for (const q of pandaQuotes) await expect(w.sources.quotes().filter({ hasText: q.text })).toHaveCount(1)

  await app.page.keyboard.press('Escape')
  await expect(w.reader.focusedSourceSpans('quote')).toHaveCount(0)
  await expect(w.sources.source(panda.name)).toHaveAttribute('aria-pressed', 'false')
})

test('the Claims tab explains the unit check, and one action puts a claim in the notes', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await openSample(w)
  await w.tabs.tab('Claims').click()

  const item = w.claims.claim(PASSAGE)
  await expect(item).toHaveCount(1)
  await expect(item.getByRole('list', { name: 'Reasons' })).toContainText(`units check: ${UNITS}`)

  await w.claims.reasonFilter().selectOption({ label: 'units check' })
  await expect(w.claims.items()).toHaveCount(1)
  await item.getByRole('button', { name: /each traveled/ }).click()
  await expect(w.reader.root.locator('span[data-layer="claim"][class*="an-flash-"]').first()).toBeInViewport()

  await item.getByRole('button', { name: 'Add to notes', exact: true }).click()
  await expect(w.status()).toContainText('Added to notes')
  await expect(w.reader.highlights().filter({ hasText: PASSAGE })).toHaveCount(1)

  await w.tabs.tab('Notes').click()
  await expect(w.notes.annotations()).toHaveCount(1)
  await expect(w.notes.annotations().first()).toContainText(PASSAGE)
  await expect(w.notes.noteFields().first()).toHaveValue(/^Claim \(score \d\.\d\d\): .*units check/)
})

test('the Claims slider in the legend shows fewer or more claims from the keyboard, and is remembered', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  await openSample(w)
  const slider = w.reader.claimSlider()
  const byDefault = await w.reader.layerCount('Claims')
  await expect(w.reader.layerStarts('claim')).toHaveCount(byDefault)
  await expect(slider).toHaveAttribute('aria-valuetext', /\(the default\)$/)

  // By default the reader marks only some of the sentences, and the Claims tab lists the same ones.
  await w.tabs.tab('Claims').click()
  await expect(w.claims.items()).toHaveCount(byDefault)
  await w.claims.showAll().check()
  const sentences = await w.claims.items().count()
  expect(byDefault).toBeGreaterThan(0)
  expect(byDefault).toBeLessThan(sentences)
  await w.claims.showAll().uncheck()
  await expect(w.claims.items()).toHaveCount(byDefault)

  // Home: the "fewer" end, only the surest claims.
  await slider.focus()
  await expect(slider).toBeFocused()
  await app.page.keyboard.press('Home')
  await expect(slider).toHaveAttribute('aria-valuetext', 'claims scoring 0.95 or more')
  const fewest = await w.reader.layerCount('Claims')
  expect(fewest).toBeLessThan(byDefault)
  await expect(w.reader.layerStarts('claim')).toHaveCount(fewest)
  await expect(w.claims.items()).toHaveCount(fewest)

  // A few steps towards "more" never show fewer.
  for (let i = 0; i < 10; i++) await app.page.keyboard.press('ArrowRight')
  await expect(slider).toHaveAttribute('aria-valuetext', 'claims scoring 0.85 or more')
  const some = await w.reader.layerCount('Claims')
  expect(some).toBeGreaterThanOrEqual(fewest)
  await expect(w.reader.layerStarts('claim')).toHaveCount(some)

  await expect(w.claims.items()).toHaveCount(some)

  // End: the "more" end, nearly every sentence, in the reader and in the Claims tab.
  await app.page.keyboard.press('End')
  await expect(slider).toHaveAttribute('aria-valuetext', 'claims scoring 0.05 or more')
  const most = await w.reader.layerCount('Claims')
  expect(most).toBeGreaterThan(byDefault)
  await expect(w.reader.layerStarts('claim')).toHaveCount(most)
  await expect(w.claims.items()).toHaveCount(most)

  // The threshold outlives a reload.
  await app.page.keyboard.press('Home')
  await app.page.reload()
  await w.library.article(expected.article.title).click()
  await expect(w.reader.claimSlider()).toHaveAttribute('aria-valuetext', 'claims scoring 0.95 or more')
  await expect(w.reader.layerStarts('claim')).toHaveCount(fewest)
})

test('reported speech is a fourth layer: toggled in the legend, explained on focus, listed under its source', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  await openSample(w)
  const jcs = source('South Korea’s Joint Chiefs of Staff')
  // Said by the JCS without quote marks.
  const REPORTED = 'US and South Korean intelligence authorities were analyzing further details of the launch'

  const reported = await w.reader.layerCount('Reported speech')
  expect(reported).toBeGreaterThan(0)
  await expect(w.reader.layerStarts('attribution')).toHaveCount(reported)
  expect(await w.reader.layerTexts('attribution')).toContain(REPORTED)

  await w.reader.layerToggle('Reported speech').uncheck()
  await expect(w.reader.layer('attribution')).toHaveCount(0)
  await w.reader.layerToggle('Reported speech').check()
  const statement = w.reader.layerStarts('attribution').filter({ hasText: REPORTED })
  await expect(statement).toHaveCount(1)

  // Reached from the keyboard like the other highlights, it says its cue and source.
  for (const name of ['Claims', 'Quotes', 'Sources'] as const) await w.reader.layerToggle(name).uncheck()
  await w.reader.title().click()
  await app.page.mouse.move(0, 0)
  const focusedKey = () => app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? '')
  const target = await statement.getAttribute('data-key')
  for (let i = 0; i < 8 && !(await focusedKey()).startsWith('attribution:'); i++) await app.page.keyboard.press('Tab')
  for (let i = 0; i < 40 && (await focusedKey()) !== target; i++) await app.page.keyboard.press('ArrowRight')
  expect(await focusedKey()).toBe(target)
  const tooltip = w.reader.tooltip()
  await expect(tooltip).toContainText('Reported speech')
  await expect(tooltip).toContainText('Cue: “said”')
  await expect(tooltip).toContainText(`Source: ${jcs.name}`)

  // The Sources ledger lists it under its source, beside the source's quotes.
  await w.tabs.tab('Sources').click()
  await w.sources.source(jcs.name).click()
  await expect(w.sources.entry(jcs.name)).toContainText(/\d+ reported/)
  await expect(w.sources.reported().filter({ hasText: REPORTED })).toHaveCount(1)
  await expect(w.reader.focusedSourceSpans('attribution').filter({ hasText: REPORTED })).toHaveCount(1)
})

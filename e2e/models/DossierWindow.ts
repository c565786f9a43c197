import { expect, type Locator, type Page } from '@playwright/test'

/** The analysis layers the reader draws, as `data-layer` names them and as the legend names them. */
type LayerKind = 'claim' | 'attribution' | 'quote' | 'mention'
type LayerName = 'Claims' | 'Quotes' | 'Sources' | 'Reported speech'

/** The library pane: import, filter, choose an article. */
export class LibraryPane {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Library' })
  }
  importButton(): Locator {
    return this.root.getByRole('button', { name: 'Import…' }).first()
  }
  importFolderButton(): Locator {
    return this.page.getByRole('button', { name: 'Import folder…' }).first()
  }
  openSampleButton(): Locator {
    return this.page.getByRole('button', { name: 'Open the sample article' })
  }
  filter(): Locator {
    return this.root.getByRole('textbox', { name: 'Filter articles' })
  }
  article(title: string): Locator {
    return this.root.getByRole('button', { name: new RegExp(escapeRegExp(title)) })
  }
  /** Every article entry of the list that is drawn (a long list draws only the rows on screen). */
  entries(): Locator {
    return this.root.locator('[data-article-id]')
  }
  /** How many articles the list holds, drawn or not (its rows' aria-setsize). */
  async listedCount(): Promise<number> {
    const rows = this.root.locator('li[aria-setsize]')
    if ((await rows.count()) === 0) return 0
    return Number(await rows.first().getAttribute('aria-setsize'))
  }
  /** The cases section: All articles, Unfiled, each case, and what can be done with them. */
  cases(): Locator {
    return this.root.getByRole('region', { name: 'Cases' })
  }
  /** One entry of the cases section ("All articles", "Unfiled" or a case), named "<name>, <n> articles". */
  caseEntry(name: string): Locator {
    return this.cases().getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\s*, \\d+ articles?$`) })
  }
  /** The inline field naming a new case or renaming one. */
  caseNameField(): Locator {
    return this.cases().getByRole('textbox')
  }
  sortBy(): Locator {
    return this.cases().getByRole('combobox', { name: 'Sort by' })
  }
  searchBox(): Locator {
    return this.root.getByRole('searchbox', { name: 'Search the library' })
  }
  searchResults(): Locator {
    return this.root.getByRole('region', { name: 'Search results' })
  }
  /** The search results' count, empty state or error. */
  searchSummary(): Locator {
    return this.searchResults().locator('.search-count, .search-error')
  }
  /** Every result of the search, best first. */
  hits(): Locator {
    return this.searchResults().locator('[data-search-hit]')
  }
  hit(title: string): Locator {
    return this.hits().filter({ hasText: title })
  }
}

/** The reader: the open article's text and its highlights. */
export class ReaderPane {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Reader' })
  }
  title(): Locator {
    return this.root.getByRole('heading', { level: 1 })
  }
  highlights(): Locator {
    return this.root.locator('mark[data-annotation-id]')
  }
  /**
   * The ids of the highlights whose text is `text`. A highlight that crosses the edge of another layer's span
   * (a quote, reported speech) is drawn as several marks; a person sees one highlight, so their texts are joined.
   */
  highlightIdsOf(text: string): Promise<string[]> {
    return this.root.evaluate((root, wanted) => {
      const texts = new Map<string, string>()
      for (const mark of root.querySelectorAll<HTMLElement>('mark[data-annotation-id]')) {
        const id = mark.dataset.annotationId ?? ''
        texts.set(id, (texts.get(id) ?? '') + (mark.textContent ?? ''))
      }
      return [...texts].filter(([, joined]) => joined === wanted).map(([id]) => id)
    }, text)
  }
  /** The marks of one highlight, by its id. */
  highlight(id: string): Locator {
    return this.root.locator(`mark[data-annotation-id="${id}"]`)
  }
  /** Selects `text` in the article by dragging the mouse across it, as a person does. */
  async select(text: string): Promise<void> {
    // The reader may still be scrolling smoothly (to a new or chosen highlight): measure until
    // the text stands still, so the drag lands on it.
    let box = await this.measure(text)
    for (let i = 0; i < 40; i++) {
      await this.page.waitForTimeout(50)
      const again = await this.measure(text)
      if (box && again && again.y1 === box.y1 && again.x1 === box.x1) break
      box = again
    }
    if (!box) throw new Error(`“${text}” is not in the reader`)
    await this.page.mouse.move(box.x1, box.y1)
    await this.page.mouse.down()
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 })
    await this.page.mouse.up()
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(text)
  }
  /** Where `text` starts and ends on screen, after scrolling it into view if it is not. */
  private measure(text: string): Promise<{ x1: number; y1: number; x2: number; y2: number } | null> {
    return this.root.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      let all = ''
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text)
        all += (n as Text).data
      }
      const at = all.indexOf(wanted)
      if (at < 0) return null
      const locate = (offset: number, preferEnd: boolean) => {
        let seen = 0
        for (const node of nodes) {
          const len = node.data.length
          if (offset < seen + len || (preferEnd && offset === seen + len)) return { node, offset: offset - seen }
          seen += len
        }
        return null
      }
      const start = locate(at, false)!
      const end = locate(at + wanted.length, true)!
      const host = start.node.parentElement
      const view = host?.getBoundingClientRect()
      // Not under the bars at the top (find bar, layer legend) nor the status bar at the bottom.
      const bars = Math.max(80, root.querySelector('.reader-bars')?.getBoundingClientRect().bottom ?? 0)
      if (host && view && (view.top < bars || view.bottom > window.innerHeight - 60)) host.scrollIntoView({ block: 'center' })
      const first = document.createRange()
      first.setStart(start.node, start.offset)
      first.setEnd(start.node, start.offset + 1)
      const last = document.createRange()
      last.setStart(end.node, end.offset - 1)
      last.setEnd(end.node, end.offset)
      const a = first.getClientRects()[0]
      const b = last.getClientRects()[0]
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
    }, text)
  }
  selectionToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Selection' })
  }
  /** Every search or find match marked in the article (a match split by a highlight counts once per piece). */
  matches(): Locator {
    return this.root.locator('mark.search-match')
  }
  currentMatch(): Locator {
    return this.root.locator('mark.search-match-current')
  }
  /** The find box (Ctrl/Cmd+F) or, after opening a search result, its match bar. */
  findBar(): Locator {
    return this.root.locator('.find-bar')
  }
  findInput(): Locator {
    return this.root.getByRole('searchbox', { name: 'Find in the article' })
  }
  /** "3 of 12" */
  matchCount(): Locator {
    return this.findBar().locator('.find-count')
  }
  /** The article's text, which takes focus for the keyboard's sentence cursor. */
  text(): Locator {
    return this.root.getByRole('region', { name: 'Article text' })
  }
  /** What the sentence cursor last told screen readers. */
  announcement(): Locator {
    return this.root.locator('[aria-live="polite"]')
  }
  /** Presses `key` on the focused article text until the cursor announces `text`, at most `limit` times. */
  async stepTo(text: string, key = 'j', limit = 80): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press(key)
      if ((await this.announcement().textContent())?.includes(text)) return
    }
    throw new Error(`the sentence cursor never reached “${text}”`)
  }
  /** The analysis highlights of one layer (every piece of each). */
  layer(kind: LayerKind): Locator {
    return this.root.locator(`span[data-layer="${kind}"]`)
  }
  /** One element per highlight of a layer (its first piece, the one that takes focus). */
  layerStarts(kind: LayerKind): Locator {
    return this.root.locator(`span[data-layer="${kind}"].an-first`)
  }
  /** The highlights of the source chosen in the Sources panel. */
  focusedSourceSpans(kind: 'attribution' | 'quote' | 'mention'): Locator {
    return this.root.locator(`span[data-layer="${kind}"].an-focused`)
  }
  /** The whole text of each highlight of a layer (pieces joined), in text order. */
  layerTexts(kind: LayerKind, focusedOnly = false): Promise<string[]> {
    return this.root.evaluate(
      (root, [layer, focused]) => {
        const texts = new Map<string, string>()
        const selector = `span[data-layer="${layer}"]${focused ? '.an-focused' : ''}`
        for (const el of root.querySelectorAll<HTMLElement>(selector)) {
          const key = el.dataset.key ?? ''
          texts.set(key, (texts.get(key) ?? '') + el.textContent)
        }
        return [...texts.values()]
      },
      [kind, focusedOnly] as const,
    )
  }
  /** The legend with a switch per analysis layer. */
  legend(): Locator {
    return this.page.getByRole('group', { name: 'Analysis layers' })
  }
  layerToggle(name: LayerName): Locator {
    return this.legend().getByRole('checkbox', { name })
  }
  /** The legend's "Claims: fewer … more" slider: right shows more claims. */
  claimSlider(): Locator {
    return this.legend().getByRole('slider', { name: /Claims shown/ })
  }
  /** The count a layer switch is described with ("19 check-worthy claims" -> 19). */
  async layerCount(name: LayerName): Promise<number> {
    const toggle = this.layerToggle(name)
    await expect(toggle).toHaveAccessibleDescription(/^\d+ /)
    const description = await toggle.evaluate((el) => {
      const id = el.getAttribute('aria-describedby') ?? ''
      return document.getElementById(id)?.textContent ?? ''
    })
    return Number(/^\d+/.exec(description)![0])
  }
  tooltip(): Locator {
    return this.page.getByRole('tooltip')
  }
}

/** The right pane's tabs: Notes, Sources, Claims. */
export class SideTabs {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('tablist', { name: 'Side panels' })
  }
  tab(name: 'Notes' | 'Sources' | 'Claims'): Locator {
    return this.root.getByRole('tab', { name, exact: true })
  }
}

/** The Sources tab: the article's source ledger. */
export class SourcesPanel {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Sources' })
  }
  /** The button that chooses a source, found by the start of its name. */
  source(name: string): Locator {
    return this.root.getByRole('list', { name: 'Source ledger' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) })
  }
  /** A source's entry: name, kind, role, counts, and its quotes when chosen. */
  entry(name: string): Locator {
    const button = this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) })
    return this.root.locator('li.source').filter({ has: button })
  }
  quotes(): Locator {
    return this.root.getByRole('list', { name: 'Quotes' }).getByRole('listitem')
  }
  /** The chosen source's reported statements (indirect attributions). */
  reported(): Locator {
    return this.root.getByRole('list', { name: 'Reported speech' }).getByRole('listitem')
  }
}

/** The Claims tab: claims by score, with filters. */
export class ClaimsPanel {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Claims' })
  }
  items(): Locator {
    return this.root.getByRole('list', { name: 'Claims list' }).locator(':scope > li')
  }
  claim(text: string): Locator {
    return this.items().filter({ hasText: text })
  }
  showAll(): Locator {
    return this.root.getByRole('checkbox', { name: 'Show all sentences' })
  }
  reasonFilter(): Locator {
    return this.root.getByRole('combobox', { name: 'Reason' })
  }
}

/** The notes pane: memo, annotations, export. */
export class NotesPane {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Notes' })
  }
  annotations(): Locator {
    return this.root.getByRole('list', { name: 'Annotations' }).getByRole('listitem')
  }
  noteFields(): Locator {
    return this.root.getByRole('textbox', { name: 'Note' })
  }
  memo(): Locator {
    return this.root.getByRole('textbox', { name: 'Memo' })
  }
  exportButton(format: 'Markdown' | 'JSON'): Locator {
    return this.root.getByRole('button', { name: `Export ${format}` })
  }
}

/** The whole window, as the specs use it. */
export class DossierWindow {
  readonly library: LibraryPane
  readonly reader: ReaderPane
  readonly notes: NotesPane
  readonly tabs: SideTabs
  readonly sources: SourcesPanel
  readonly claims: ClaimsPanel
  constructor(readonly page: Page) {
    this.library = new LibraryPane(page)
    this.reader = new ReaderPane(page)
    this.notes = new NotesPane(page)
    this.tabs = new SideTabs(page)
    this.sources = new SourcesPanel(page)
    this.claims = new ClaimsPanel(page)
  }
  status(): Locator {
    return this.page.getByRole('status')
  }
  /** The splitter on the library's side of the reader, or on the side pane's. */
  splitter(pane: 'library' | 'side'): Locator {
    return this.page.getByRole('separator', { name: pane === 'library' ? 'Library width' : 'Side pane width' })
  }
  /** The right pane (Notes, Sources, Claims) as a whole. */
  sidePane(): Locator {
    return this.page.locator('.pane-side')
  }
  /** Drags a splitter `dx` pixels to the right (left when negative) with the mouse, as a person does. */
  async dragSplitter(pane: 'library' | 'side', dx: number): Promise<void> {
    const box = await this.splitter(pane).boundingBox()
    if (!box) throw new Error(`the ${pane} splitter is not on screen`)
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    await this.page.mouse.move(x, y)
    await this.page.mouse.down()
    await this.page.mouse.move(x + dx / 2, y, { steps: 5 })
    await this.page.mouse.move(x + dx, y, { steps: 5 })
    await this.page.mouse.up()
  }
  alert(): Locator {
    return this.page.getByRole('alert')
  }
  /** The strip above the reader: pane toggles, focus mode, shortcuts. */
  viewBar(): Locator {
    return this.page.getByRole('group', { name: 'View' })
  }
  viewToggle(name: 'Library' | 'Side pane' | 'Focus' | 'Shortcuts'): Locator {
    return this.viewBar().getByRole('button', { name, exact: true })
  }
  shortcutsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

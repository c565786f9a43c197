import { EventEmitter } from 'node:events'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../services/importers'
import { pdfWithStrayRejection } from '../../test-support/strayPdf'
import { dropPdfJsRejections } from './pdfJsRejections'

const SERVICES = resolve(__dirname, '../services')

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name))
}

describe('pdf.js stray rejections', () => {
  it('the fixture leaves pdf.js rejections unhandled', async () => {
    const stray: unknown[] = []
    const record = (reason: unknown) => stray.push(reason)
    process.on('unhandledRejection', record)
    try {
      await expect(extractArticle('broken.pdf', pdfWithStrayRejection())).rejects.toThrow('Could not import “broken.pdf”')
      // Unhandled rejections are reported once the event loop turns.
      await new Promise((done) => setTimeout(done, 50))
    } finally {
      process.off('unhandledRejection', record)
    }
    expect(stray.map((e) => (e as Error).name)).toContain('XRefEntryException')
  })

  it('are dropped by the process owner’s listener, which lets any other rejection crash as before', () => {
    const owner = new EventEmitter()
    dropPdfJsRejections(owner as unknown as NodeJS.Process)
    dropPdfJsRejections(owner as unknown as NodeJS.Process)
    expect(owner.listenerCount('unhandledRejection')).toBe(1)
    const fromPdfJs = Object.assign(new Error('Bad (uncompressed) XRef entry'), { name: 'XRefEntryException' })
    expect(() => owner.emit('unhandledRejection', fromPdfJs)).not.toThrow()
    const bug = new TypeError('x is undefined')
    expect(() => owner.emit('unhandledRejection', bug)).toThrow(bug)
  })

  it('services never install process-wide listeners: only a process’s owner does', () => {
    const offenders = sourcesUnder(SERVICES).filter((file) => /\bprocess\.(?:on|once|off|addListener)\(/.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })
})

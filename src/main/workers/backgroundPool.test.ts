import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pdfWithStrayRejection } from '../../test-support/strayPdf'
import { tempDir } from '../../test-support/tempDir'
import { ImportError } from '../services/importers/importError'
import { createBackgroundPool, type BackgroundPool } from './backgroundPool'

// The worker is TypeScript; tsx's loader lets a plain Node worker thread run it in tests.
const TS_WORKER = { execArgv: ['--import', 'tsx'] }
const encode = (s: string) => new TextEncoder().encode(s)

let pool: BackgroundPool | null = null
const tmp = tempDir('dossier-pool-')
afterEach(async () => {
  await pool?.close()
  pool = null
})

describe('createBackgroundPool', () => {
  it('extracts articles in a worker thread, one after another', async () => {
    pool = createBackgroundPool({ script: resolve(__dirname, 'background.worker.ts'), workerOptions: TS_WORKER })
    const [a, b] = await Promise.all([
      pool.extract('a.md', encode('# First\n\nThe first body.')),
      pool.extract('b.md', encode('# Second\n\nThe second body.')),
    ])
    expect(a).toMatchObject({ format: 'markdown', title: 'First', text: 'The first body.' })
    expect(b).toMatchObject({ title: 'Second', text: 'The second body.' })
  })

  it('analyses a text in the worker', async () => {
    pool = createBackgroundPool({ script: resolve(__dirname, 'background.worker.ts'), workerOptions: TS_WORKER })
    const text = 'The ministry said 40 people were hurt on Monday. “We are investigating,” a police spokesman said.'
    const analysis = await pool.analyze(text)
    expect(analysis.quotes.map((q) => q.text)).toContain('We are investigating,')
    expect(analysis.claims.length).toBeGreaterThan(0)
  })

  it('turns the importer’s refusal into an ImportError naming the file', async () => {
    pool = createBackgroundPool({ script: resolve(__dirname, 'background.worker.ts'), workerOptions: TS_WORKER })
    await expect(pool.extract('blank.txt', encode('   \n'))).rejects.toThrow('Could not import “blank.txt”: the file is empty.')
  })

  it('gives up on a file that takes too long, and the next file still imports', async () => {
    // A stand-in worker that hangs on one file name and answers the others.
    const script = join(tmp.dir, 'slow.worker.mjs')
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads'
       parentPort.on('message', ({ id, fileName }) => {
         if (fileName === 'hang.html') for (;;) {}
         parentPort.postMessage({ id, ok: true, value: { title: fileName } })
       })`,
    )
    pool = createBackgroundPool({ script, timeoutMs: 2000 })
    const hung = pool.extract('hang.html', encode('x'))
    const next = pool.extract('fine.html', encode('y'))
    await expect(hung).rejects.toThrow('Could not import “hang.html”: reading it took longer than 2 s and was stopped.')
    await expect(next).resolves.toMatchObject({ title: 'fine.html' })
  })

  it('fails a file that exhausts the worker’s memory, and goes on', async () => {
    const script = join(tmp.dir, 'hungry.worker.mjs')
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads'
       parentPort.on('message', ({ id, fileName }) => {
         if (fileName === 'bomb.html') { const hog = []; for (;;) hog.push(new Array(1e6).fill(fileName)) }
         parentPort.postMessage({ id, ok: true, value: { title: fileName } })
       })`,
    )
    pool = createBackgroundPool({ script, maxHeapMb: 32, timeoutMs: 20_000 })
    await expect(pool.extract('bomb.html', encode('x'))).rejects.toThrow(/“bomb\.html”: reading it needed more memory than Dossier allows/)
    await expect(pool.extract('after.html', encode('y'))).resolves.toMatchObject({ title: 'after.html' })
  })

  it('hashes files and decodes originals in the worker', async () => {
    pool = createBackgroundPool({ script: resolve(__dirname, 'background.worker.ts'), workerOptions: TS_WORKER })
    const bytes = encode('Café\r\nsecond line')
    expect(await pool.sha256(bytes, 'a.txt')).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(await pool.original(bytes, 8, 'a.txt')).toEqual({ text: 'Café\nsec', truncated: true })
    expect(await pool.original(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 8, 'a.png')).toEqual({
      text: null,
      truncated: false,
    })
  })

  it('fails a damaged PDF alone: pdf.js’s stray rejections do not end the worker', async () => {
    pool = createBackgroundPool({ script: resolve(__dirname, 'background.worker.ts'), workerOptions: TS_WORKER })
    await expect(pool.extract('broken.pdf', pdfWithStrayRejection())).rejects.toThrow('Could not import “broken.pdf”: the PDF')
    // Let the stray rejection reach the worker's event loop before the next task.
    await new Promise((done) => setTimeout(done, 100))
    await expect(pool.extract('after.md', encode('# After\n\nStill here.'))).resolves.toMatchObject({ title: 'After' })
  })

  it('names the analysis and the article when analysing takes too long', async () => {
    const script = join(tmp.dir, 'slow-analysis.worker.mjs')
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads'
       parentPort.on('message', ({ id, kind }) => {
         if (kind === 'analyze') for (;;) {}
         parentPort.postMessage({ id, ok: true, value: 'done' })
       })`,
    )
    pool = createBackgroundPool({ script, timeoutMs: 2000 })
    const slow = pool.analyze('text', 'x.txt')
    await expect(slow).rejects.toThrow('Analysing “x.txt” took longer than 2 s and was stopped.')
    await expect(slow).rejects.not.toBeInstanceOf(ImportError)
    await expect(pool.sha256(encode('y'), 'y.txt')).resolves.toBe('done')
  })
})

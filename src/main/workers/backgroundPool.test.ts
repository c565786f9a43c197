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
    pool = createBackgroundPool({
      script: resolve(__dirname, 'background.worker.ts'),
      workerOptions: TS_WORKER,
    })
    const [a, b] = await Promise.all([
      pool.extract('a.md', encode('# First\n\nThe first body.')),
      pool.extract('b.md', encode('# Second\n\nThe second body.')),
    ])
    expect(a).toMatchObject({ format: 'markdown', title: 'First', text: 'The first body.' })
    expect(b).toMatchObject({ title: 'Second', text: 'The second body.' })
  })

  it('analyses a text in the worker', async () => {
    pool = createBackgroundPool({
      script: resolve(__dirname, 'background.worker.ts'),
      workerOptions: TS_WORKER,
    })
    const text =
      'The ministry said 40 people were hurt on Monday. “We are investigating,” a police spokesman said.'
    const analysis = await pool.analyze(text)
    expect(analysis.quotes.map((q) => q.text)).toContain('We are investigating,')
    expect(analysis.claims.length).toBeGreaterThan(0)
  })

  it('turns the importer’s refusal into an ImportError naming the file', async () => {
    pool = createBackgroundPool({
      script: resolve(__dirname, 'background.worker.ts'),
      workerOptions: TS_WORKER,
    })
    await expect(pool.extract('blank.txt', encode('   \n'))).rejects.toThrow(
      'Could not import “blank.txt”: the file is empty.',
    )
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
    await expect(hung).rejects.toThrow(
      'Could not import “hang.html”: reading it took longer than 2 s and was stopped.',
    )
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
    await expect(pool.extract('bomb.html', encode('x'))).rejects.toThrow(
      /“bomb\.html”: reading it needed more memory than Dossier allows/,
    )
    await expect(pool.extract('after.html', encode('y'))).resolves.toMatchObject({ title: 'after.html' })
  })

  it('hashes files and decodes originals in the worker', async () => {
    pool = createBackgroundPool({
      script: resolve(__dirname, 'background.worker.ts'),
      workerOptions: TS_WORKER,
    })
    const bytes = encode('Café\r\nsecond line')
    expect(await pool.sha256(bytes, 'a.txt')).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(await pool.original(bytes, 8, 'a.txt')).toEqual({ text: 'Café\nsec', truncated: true })
    expect(await pool.original(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 8, 'a.png')).toEqual({
      text: null,
      truncated: false,
    })
  })

  it('fails a damaged PDF alone: pdf.js’s stray rejections do not end the worker', async () => {
    pool = createBackgroundPool({
      script: resolve(__dirname, 'background.worker.ts'),
      workerOptions: TS_WORKER,
    })
    await expect(pool.extract('broken.pdf', pdfWithStrayRejection())).rejects.toThrow(
      'Could not import “broken.pdf”: the PDF',
    )
    // Let the stray rejection reach the worker's event loop before the next task.
    await new Promise((done) => setTimeout(done, 100))
    await expect(pool.extract('after.md', encode('# After\n\nStill here.'))).resolves.toMatchObject({
      title: 'After',
    })
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

describe('createBackgroundPool with several workers', () => {
  /** A stand-in worker: a file named `hang…` never finishes, `crash…` ends the thread, `throw…` throws outside
   * any task; a file whose bytes are shared memory is a barrier: the task counts itself in and answers once
   * `parties` tasks are in at the same time (or after 20 s, answering how many it saw). */
  function standInWorker(): string {
    const script = join(tmp.dir, 'stand-in.worker.mjs')
    writeFileSync(
      script,
      `import { parentPort, threadId } from 'node:worker_threads'
       parentPort.on('message', ({ id, fileName, bytes }) => {
         if (fileName.startsWith('hang')) for (;;) {}
         if (fileName.startsWith('crash')) process.exit(3)
         if (fileName.startsWith('throw')) throw new Error('boom')
         let met = 0
         if (bytes.buffer instanceof SharedArrayBuffer) {
           const counter = new Int32Array(bytes.buffer)
           const parties = Atomics.add(counter, 1, 0)
           met = Atomics.add(counter, 0, 1) + 1
           const deadline = Date.now() + 20000
           while ((met = Atomics.load(counter, 0)) < parties && Date.now() < deadline) Atomics.wait(counter, 0, met, 50)
         }
         parentPort.postMessage({ id, ok: true, value: { title: fileName, threadId, met } })
       })`,
    )
    return script
  }

  /** Shared memory that `parties` barrier tasks count themselves into. */
  function barrier(parties: number): Uint8Array {
    const shared = new SharedArrayBuffer(8)
    new Int32Array(shared)[1] = parties
    return new Uint8Array(shared)
  }

  it('runs as many tasks at once as it has workers, each on its own thread', async () => {
    pool = createBackgroundPool({ script: standInWorker(), size: 3 })
    const bytes = barrier(3)
    const answers = (await Promise.all(
      ['a.html', 'b.html', 'c.html'].map((name) => pool!.extract(name, bytes)),
    )) as unknown as Array<{ threadId: number; met: number }>
    // Each task saw all three inside the barrier: they ran together, not one after another.
    expect(answers.map((a) => a.met)).toEqual([3, 3, 3])
    expect(new Set(answers.map((a) => a.threadId)).size).toBe(3)
  })

  it('starts no more workers than its size, queueing the rest in order', async () => {
    pool = createBackgroundPool({ script: standInWorker(), size: 2 })
    const names = ['1.md', '2.md', '3.md', '4.md', '5.md']
    const answers = (await Promise.all(
      names.map((name) => pool!.extract(name, encode('x'))),
    )) as unknown as Array<{
      title: string
      threadId: number
    }>
    expect(answers.map((a) => a.title)).toEqual(names)
    expect(new Set(answers.map((a) => a.threadId)).size).toBeLessThanOrEqual(2)
  })

  it('fails only the task whose worker crashed; the others, and the next ones, go on', async () => {
    pool = createBackgroundPool({ script: standInWorker(), size: 2 })
    const crashed = pool.extract('crash.html', encode('x'))
    const other = pool.extract('fine.html', encode('y'))
    await expect(crashed).rejects.toThrow(
      'Could not import “crash.html”: reading it stopped the background worker.',
    )
    await expect(other).resolves.toMatchObject({ title: 'fine.html' })
    const thrown = pool.extract('throw.html', encode('x'))
    await expect(thrown).rejects.toThrow(
      'Could not import “throw.html”: reading it crashed the background worker.',
    )
    // Both workers were replaced: two tasks still run at once.
    const bytes = barrier(2)
    const after = (await Promise.all([
      pool.extract('after-1.md', bytes),
      pool.extract('after-2.md', bytes),
    ])) as unknown as Array<{ title: string; met: number }>
    expect(after.map((a) => [a.title, a.met])).toEqual([
      ['after-1.md', 2],
      ['after-2.md', 2],
    ])
  })

  it('drops a cancelled task from the queue and stops a running one, and goes on with the rest', async () => {
    pool = createBackgroundPool({ script: standInWorker(), size: 1 })
    const controller = new AbortController()
    const running = pool.extract('hang.html', encode('x'), { signal: controller.signal })
    const queued = pool.extract('queued.html', encode('y'), { signal: controller.signal })
    const next = pool.extract('next.html', encode('z'))
    controller.abort()
    await expect(running).rejects.toMatchObject({ name: 'AbortError' })
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' })
    // The hung task's worker was stopped: without that, `next` would wait behind it for the minute-long limit.
    await expect(next).resolves.toMatchObject({ title: 'next.html' })
    await expect(pool.extract('late.html', encode('x'), { signal: controller.signal })).rejects.toMatchObject(
      {
        name: 'AbortError',
      },
    )
  })
})

/**
 * A process that writes to a store through the services until it is killed, for the
 * crash-safety test. Before each write it prints `intent <json>`, and after the write returns
 * `ack <json>`: an acknowledged write is one the process was told is done, and must survive a
 * SIGKILL that comes at any later point.
 *
 *   node --import tsx crashWriter.ts <storeDir> <seed>
 *
 * It prints `ready` once loaded and opens the store only when a line arrives on stdin, so the
 * parent can load the next writer while this one runs. Each note, memo and article text carries
 * a unique token, so the parent can tell which write left which row. Stdout to a pipe is
 * synchronous on Linux, so an ack line is out of this process before the next write begins.
 */
import type { Library } from '../main/services/library'
import { mulberry32 } from './random'

// The writer imports plain text only: the HTML parser and the NLP library, the slowest modules
// to load, are left out (empty modules) so that each of the test's many processes starts fast.
for (const name of ['jsdom', 'compromise']) {
  const path = require.resolve(name)
  require.cache[path] = { id: path, filename: path, loaded: true, exports: {} } as NodeJS.Module
}

const [storeDir, seedArg] = process.argv.slice(2)
const random = mulberry32(Number(seedArg))
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]
const token = () => `t${seedArg}x${Math.floor(random() * 1e9).toString(36)}`

function say(kind: 'intent' | 'ack', record: Record<string, unknown>): void {
  process.stdout.write(`${kind} ${JSON.stringify(record)}\n`)
}

async function main(): Promise<void> {
  const { openLibrary } = await import('../main/services/library')
  const { importBytes } = await import('../main/services/articles/imports')
  const { listArticles, openArticle } = await import('../main/services/articles/read')
  const { setMemo } = await import('../main/services/articles/edit')
  const { createAnnotation, deleteAnnotation, updateAnnotation } =
    await import('../main/services/annotations/edit')
  process.stdout.write('ready\n')
  await new Promise((resolve) => process.stdin.once('data', resolve))
  const library: Library = openLibrary(storeDir)
  for (;;) {
    const articles = listArticles(library).map((a) => a.id)
    const roll = random()
    if (articles.length === 0 || roll < 0.2) {
      const t = token()
      const paragraphs = Array.from(
        { length: 1 + Math.floor(random() * 6) },
        (_, i) => `Paragraph ${i} of the report ${t} says the council met.`,
      )
      say('intent', { op: 'import', token: t })
      const result = await importBytes(
        library,
        `${t}.txt`,
        new TextEncoder().encode(`Report ${t}\n\n${paragraphs.join('\n\n')}`),
      )
      if (result.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(result)}`)
      say('ack', { op: 'import', token: t, id: result.id })
      continue
    }
    const articleId = pick(articles)
    const annotations = openArticle(library, articleId).annotations
    if (roll < 0.35) {
      const memo = `memo ${token()}`
      say('intent', { op: 'memo', articleId, memo })
      setMemo(library, articleId, memo)
      say('ack', { op: 'memo', articleId, memo })
    } else if (annotations.length === 0 || roll < 0.65) {
      const note = `note ${token()}`
      const tags = [token()]
      say('intent', { op: 'create', articleId, note, tags })
      const created = createAnnotation(library, { articleId, start: 0, end: 6, note, tags })
      say('ack', { op: 'create', id: created.id, articleId, note, tags })
    } else if (roll < 0.88) {
      const id = pick(annotations).id
      const note = `note ${token()}`
      const tags = [token(), token()]
      say('intent', { op: 'update', id, note, tags })
      updateAnnotation(library, { id, note, tags })
      say('ack', { op: 'update', id, note, tags })
    } else {
      const id = pick(annotations).id
      say('intent', { op: 'delete', id })
      deleteAnnotation(library, id)
      say('ack', { op: 'delete', id })
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`)
  process.exit(1)
})

import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { requireArticle } from '../articles/read'
import type { Clock } from '../runners'
import * as annotations from '../store/annotations'
import type { Db } from '../store/db'
import { writeFileAtomic } from './atomicWrite'
import { codePathsReader } from './codePaths'
import { notesToMarkdown } from './markdown'
import { markdownInline, yamlString as yaml } from './markdownText'
import { exportFileName, safeFileStem } from './notesExport'
import { mapArticles } from './progress'
import type { ExportRunOptions } from './registry'

/** One file of a notes folder. */
export interface NoteFile {
  name: string
  content: string
}

/**
 * The index note's name: its heading (the case's name, say) and " — index.md". Named after what it indexes, so
 * that exporting a second case into the same vault folder adds its own index instead of replacing the first's;
 * article notes always end in " — notes.md", so none can take it.
 */
export function indexNoteName(heading: string): string {
  return `${safeFileStem(heading, 'Dossier notes')} — index.md`
}

/**
 * The notes of several articles as a folder for Obsidian and other Markdown tools: one note per
 * article (named after its title, made unique) and an index note titled `heading` that wiki-links them,
 * in the order given.
 */
export async function notesFolder(
  { db, clock }: { db: Db; clock: Clock },
  ids: string[],
  heading: string,
  options: ExportRunOptions = {},
): Promise<NoteFile[]> {
  const now = clock()
  const indexName = indexNoteName(heading)
  const taken = new Set([indexName.toLowerCase()])
  const notes: NoteFile[] = []
  const entries: string[] = []
  const codePaths = codePathsReader(db)
  await mapArticles(ids, options, (id) => {
    const article = requireArticle(db, id)
    const list = annotations.listAnnotations(db, id)
    const name = uniqueName(exportFileName({ db }, id, 'md'), taken)
    notes.push({ name, content: notesToMarkdown([{ article, annotations: list, codePaths: codePaths(id) }], now) })
    const about = [article.publisher, article.published].filter(Boolean).map((v) => markdownInline(v as string))
    const count = `${list.length} ${list.length === 1 ? 'highlight' : 'highlights'}`
    // A wiki link by file name: Obsidian follows it wherever the folder sits in a vault.
    entries.push(`- [[${name.replace(/\.md$/, '')}]] — ${[...about, count].join(', ')}`)
  })
  const index = [
    '---',
    `title: ${yaml(heading)}`,
    `exported: ${yaml(now.toISOString())}`,
    `articles: ${ids.length}`,
    '---',
    '',
    `# ${markdownInline(heading)}`,
    '',
    ...entries,
  ]
  return [{ name: indexName, content: index.join('\n') + '\n' }, ...notes]
}

/** File systems on macOS and Windows ignore letters' case, so names are kept apart ignoring it. */
function uniqueName(name: string, taken: Set<string>): string {
  const stem = name.replace(/\.md$/, '')
  let candidate = name
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n}).md`
  taken.add(candidate.toLowerCase())
  return candidate
}

/**
 * Writes a notes folder. A new folder is built beside its destination and renamed into place, so it
 * appears whole or not at all; into an existing folder each note is written atomically (replacing the
 * notes of an earlier export of the same articles, leaving other files alone).
 */
export function writeNotesFolder(dir: string, files: NoteFile[]): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new Error('it is a file, not a folder')
    for (const f of files) writeFileAtomic(join(dir, f.name), f.content)
    return
  }
  const temp = join(dirname(dir), `.${basename(dir)}.${randomBytes(6).toString('hex')}.tmp`)
  mkdirSync(temp)
  try {
    for (const f of files) writeFileSync(join(temp, f.name), f.content, { flag: 'wx' })
    renameSync(temp, dir)
  } catch (error) {
    rmSync(temp, { recursive: true, force: true })
    throw error
  }
}

import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { Analysis } from '../shared/model/analysis'
import { ANNOTATION_COLORS, type AnnotationColor } from '../shared/model/annotation'
import type { ExtractedArticle } from '../shared/model/article'
import { EXPORT_FORMATS, type ExportFormat } from '../shared/model/import'
import { analyzeText, scoreSentence } from '../main/services/analysis'
import { annotateQuote } from '../main/services/annotations/edit'
import { importFile } from '../main/services/articles/imports'
import { listArticles } from '../main/services/articles/read'
import { writeFileAtomic } from '../main/services/exporters/atomicWrite'
import { exportNotes } from '../main/services/exporters/notesExport'
import { ServiceError } from '../main/services/errors'
import { extractArticle, ImportError } from '../main/services/importers'
import { openLibrary, type Library } from '../main/services/library'
import { readImportFile } from '../main/services/readImportFile'
import { defaultStoreDir } from './paths'

/** Where the CLI writes; tests pass their own. */
export interface Io {
  out(text: string): void
  err(text: string): void
  /** All of standard input (score-claims reads sentences from it). */
  readStdin?(): Promise<string>
}

const USAGE = `Usage: dossier <command> [options]

Commands:
  extract FILE... [--json]              print the article extracted from each file
  analyze FILE... [--json] [--plain]    claims, sources and quotes of each file
                                        (--plain: the file is the text, verbatim)
  score-claims                          score sentences from stdin, one per line (JSONL out)
  import FILE... [--json]               import files into the library
  list [--json]                         list the library
  annotate ID --quote TEXT [--note TEXT] [--tag TAG]... [--color NAME] [--json]
  export ID|--all --format md|json [--out PATH]

Options:
  --store DIR   the library folder (default: the desktop app's)
  --json        machine-readable output
`

class UsageError extends Error {}

const OPTIONS = {
  store: { type: 'string' },
  json: { type: 'boolean' },
  plain: { type: 'boolean' },
  quote: { type: 'string' },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  color: { type: 'string' },
  all: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

type Values = ReturnType<typeof parse>['values']

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** Runs one `dossier` command and answers its exit code: 0 ok, 1 a bad input, 2 a usage error. */
export async function run(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const { values, positionals } = parse(argv)
    const [command, ...files] = positionals
    if (values.help || !command) {
      ;(values.help ? io.out : io.err)(USAGE)
      return values.help ? 0 : 2
    }
    const withLibrary = async (work: (library: Library) => number | Promise<number>) => {
      const library = openLibrary(values.store ?? defaultStoreDir(env))
      try {
        return await work(library)
      } finally {
        library.db.close()
      }
    }
    switch (command) {
      case 'extract':
        return await extract(files, values, io)
      case 'analyze':
        return await analyze(files, values, io)
      case 'score-claims':
        if (files.length) throw new UsageError('score-claims reads sentences from standard input, not files')
        return await scoreClaims(io)
      case 'import':
        return await withLibrary((library) => importFiles(library, files, values, io))
      case 'list':
        if (files.length) throw new UsageError('list takes no files')
        return await withLibrary((library) => list(library, values, io))
      case 'annotate':
        return await withLibrary((library) => annotate(library, files, values, io))
      case 'export':
        return await withLibrary((library) => exportCommand(library, files, values, io))
      default:
        throw new UsageError(`unknown command “${command}”`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`dossier: ${error.message}\n\n${USAGE}`)
      return 2
    }
    if (error instanceof ServiceError) {
      io.err(`dossier: ${error.message}\n`)
      return 1
    }
    throw error
  }
}

function requireFiles(files: string[], command: string): void {
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE`)
}

/** Prints one JSON document, or JSONL when there are several inputs. */
function printJson(io: Io, records: unknown[], single: boolean): void {
  if (single) io.out(JSON.stringify(records[0], null, 2) + '\n')
  else for (const r of records) io.out(JSON.stringify(r) + '\n')
}

/**
 * One turn of the event loop between files, as the app's folder import takes: without it a long
 * batch runs as one task, and what each file left behind (jsdom's windows, pending cleanups) is
 * only freed when the whole batch ends.
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

function failureMessage(file: string, error: unknown): string {
  if (error instanceof ImportError) return error.message
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return `Could not read “${file}”: no such file.`
  return `Could not read “${file}”: ${(error as Error)?.message ?? String(error)}.`
}

async function extract(files: string[], values: Values, io: Io): Promise<number> {
  requireFiles(files, 'extract')
  let status = 0
  const records: unknown[] = []
  for (const file of files) {
    try {
      const a = await extractArticle(file, readImportFile(file))
      const record = articleRecord(file, a)
      if (values.json) records.push(record)
      else {
        io.out(`# ${a.title ?? file}\n`)
        for (const [k, v] of Object.entries({ publisher: a.publisher, byline: a.byline, published: a.published, url: a.url }))
          if (v) io.out(`${k}: ${v}\n`)
        io.out(`\n${a.text}\n\n`)
      }
    } catch (error) {
      status = 1
      const message = failureMessage(file, error)
      io.err(`dossier: ${message}\n`)
      if (values.json) records.push({ file, error: message })
    }
    await nextTurn()
  }
  if (values.json) printJson(io, records, files.length === 1)
  return status
}

/** The article record of `extract` (and of `analyze`'s `article`). */
function articleRecord(file: string, a: ExtractedArticle) {
  return {
    file,
    format: a.format,
    title: a.title,
    byline: a.byline,
    publisher: a.publisher,
    published: a.published,
    lang: a.lang,
    url: a.url,
    text: a.text,
  }
}

/** With --plain the file is the text as it is: no extraction, no cleaning, no normalisation. */
async function readArticle(file: string, plain: boolean): Promise<ExtractedArticle> {
  const bytes = readImportFile(file)
  if (!plain) return extractArticle(file, bytes)
  let text: string
  try {
    // ignoreBOM keeps a byte-order mark as a character, so offsets index the file's own text.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new ImportError(basename(file), 'it is not UTF-8 text (--plain reads UTF-8 only)')
  }
  return { format: 'text', title: null, byline: null, publisher: null, published: null, lang: null, url: null, text, blocks: [] }
}

async function analyze(files: string[], values: Values, io: Io): Promise<number> {
  requireFiles(files, 'analyze')
  let status = 0
  const records: unknown[] = []
  for (const file of files) {
    try {
      const article = await readArticle(file, Boolean(values.plain))
      const { claims, sources, quotes } = analyzeText(article.text)
      const record = { article: articleRecord(file, article), claims, sources, quotes }
      if (values.json) records.push(record)
      else io.out(describeAnalysis(record))
    } catch (error) {
      status = 1
      const message = failureMessage(file, error)
      io.err(`dossier: ${message}\n`)
      if (values.json) records.push({ file, error: message })
    }
    await nextTurn()
  }
  if (values.json) printJson(io, records, files.length === 1)
  return status
}

function describeAnalysis({ article, claims, sources, quotes }: { article: { file: string; title: string | null } } & Analysis): string {
  const name = (id: string | null) => sources.find((s) => s.id === id)?.name ?? 'unattributed'
  const lines = [`# ${article.title ?? article.file}`, '', `Sources (${sources.length}):`]
  for (const s of sources) lines.push(`  ${s.name} [${s.kind}]${s.role ? ` — ${s.role}` : ''} (${s.mentions.length} mentions)`)
  lines.push('', `Quotes (${quotes.length}):`)
  for (const q of quotes) lines.push(`  “${q.text}” — ${name(q.sourceId)}`)
  const worthy = claims.filter((c) => c.checkworthy).sort((a, b) => b.score - a.score)
  lines.push('', `Check-worthy claims (${worthy.length} of ${claims.length} sentences):`)
  for (const c of worthy) lines.push(`  ${c.score.toFixed(2)}  ${c.text}  [${c.reasons.join(', ')}]`)
  return lines.join('\n') + '\n\n'
}

/** One JSON line per input line, in order (an empty line scores 0, so lines stay aligned). */
async function scoreClaims(io: Io): Promise<number> {
  const input = io.readStdin ? await io.readStdin() : ''
  const lines = input.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  for (const line of lines) {
    const { score, checkworthy } = line.trim() ? scoreSentence(line) : { score: 0, checkworthy: false }
    io.out(JSON.stringify({ score, checkworthy }) + '\n')
  }
  return 0
}

async function importFiles(library: Library, files: string[], values: Values, io: Io): Promise<number> {
  requireFiles(files, 'import')
  let status = 0
  const records: unknown[] = []
  for (const file of files) {
    const result = await importFile(library, file)
    const record = { file, id: result.id, title: result.title, status: result.status, ...(result.error ? { error: result.error } : {}) }
    if (result.status === 'failed') {
      status = 1
      io.err(`dossier: ${result.error}\n`)
    }
    if (values.json) records.push(record)
    else if (result.status !== 'failed') io.out(`${result.status}\t${result.id}\t${result.title}\n`)
    await nextTurn()
  }
  if (values.json) printJson(io, records, files.length === 1)
  return status
}

function list(library: Library, values: Values, io: Io): number {
  const rows = listArticles(library).map((a) => ({
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    published: a.published,
    importedAt: a.importedAt,
    annotations: a.annotations,
  }))
  if (values.json) io.out(JSON.stringify(rows, null, 2) + '\n')
  else if (rows.length === 0) io.out('The library is empty. Import articles with: dossier import FILE...\n')
  else for (const r of rows) io.out(`${r.id}\t${r.title}\t${r.publisher ?? ''}\t${r.annotations} annotations\n`)
  return 0
}

function annotate(library: Library, args: string[], values: Values, io: Io): number {
  if (args.length !== 1) throw new UsageError('annotate needs exactly one article ID')
  if (!values.quote) throw new UsageError('annotate needs --quote TEXT')
  if (values.color && !ANNOTATION_COLORS.includes(values.color as AnnotationColor)) {
    throw new UsageError(`--color must be one of ${ANNOTATION_COLORS.join(', ')}`)
  }
  const annotation = annotateQuote(library, args[0], values.quote, {
    note: values.note,
    tags: values.tag,
    color: values.color as AnnotationColor | undefined,
  })
  if (values.json) io.out(JSON.stringify(annotation, null, 2) + '\n')
  else io.out(`annotated\t${annotation.id}\t${annotation.position.start}-${annotation.position.end}\t“${annotation.quote.exact}”\n`)
  return 0
}

function exportCommand(library: Library, args: string[], values: Values, io: Io): number {
  const format = values.format as ExportFormat | undefined
  if (!format || !(format in EXPORT_FORMATS)) {
    throw new UsageError(`export needs --format ${Object.keys(EXPORT_FORMATS).join('|')}`)
  }
  if (values.all ? args.length > 0 : args.length !== 1) throw new UsageError('export takes one article ID or --all')
  const content = exportNotes(library, values.all ? 'all' : [args[0]], format)
  if (values.out) {
    try {
      writeFileAtomic(values.out, content)
    } catch (error) {
      io.err(`dossier: Could not write “${values.out}”: ${(error as Error).message}.\n`)
      return 1
    }
  } else io.out(content)
  return 0
}

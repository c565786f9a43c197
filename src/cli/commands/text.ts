import { basename } from 'node:path'
import type { Analysis } from '../../shared/model/analysis'
import type { ExtractedArticle } from '../../shared/model/article'
import { analyzeText, scoreSentence } from '../../main/services/analysis'
import { extractArticle, ImportError } from '../../main/services/importers'
import { readImportFile } from '../../main/services/readImportFile'
import { requireFiles, type Values } from '../args'
import { type Io, nextTurn, printJson } from '../output'

/* The commands that read files without a library: extract, analyze, score-claims. */

function failureMessage(file: string, error: unknown): string {
  if (error instanceof ImportError) return error.message
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return `Could not read “${file}”: no such file.`
  return `Could not read “${file}”: ${(error as Error)?.message ?? String(error)}.`
}

export async function extract(files: string[], values: Values, io: Io): Promise<number> {
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

export async function analyze(files: string[], values: Values, io: Io): Promise<number> {
  requireFiles(files, 'analyze')
  let status = 0
  const records: unknown[] = []
  for (const file of files) {
    try {
      const article = await readArticle(file, Boolean(values.plain))
      const { claims, sources, quotes, attributions } = analyzeText(article.text)
      const record = { article: articleRecord(file, article), claims, sources, quotes, attributions }
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

function describeAnalysis({ article, claims, sources, quotes, attributions }: { article: { file: string; title: string | null; text: string } } & Analysis): string {
  const name = (id: string | null) => sources.find((s) => s.id === id)?.name ?? 'unattributed'
  const lines = [`# ${article.title ?? article.file}`, '', `Sources (${sources.length}):`]
  for (const s of sources) lines.push(`  ${s.name} [${s.kind}]${s.role ? ` — ${s.role}` : ''} (${s.mentions.length} mentions)`)
  lines.push('', `Quotes (${quotes.length}):`)
  for (const q of quotes) lines.push(`  “${q.text}” — ${name(q.sourceId)}`)
  const reported = attributions.filter((a) => a.kind === 'indirect')
  lines.push('', `Reported speech (${reported.length}):`)
  for (const a of reported) lines.push(`  ${article.text.slice(a.start, a.end)} — ${name(a.sourceId)}`)
  const worthy = claims.filter((c) => c.checkworthy).sort((a, b) => b.score - a.score)
  lines.push('', `Check-worthy claims (${worthy.length} of ${claims.length} sentences):`)
  for (const c of worthy) lines.push(`  ${c.score.toFixed(2)}  ${c.text}  [${c.reasons.join(', ')}]`)
  return lines.join('\n') + '\n\n'
}

/** One JSON line per input line, in order (an empty line scores 0, so lines stay aligned). */
export async function scoreClaims(io: Io): Promise<number> {
  const input = io.readStdin ? await io.readStdin() : ''
  const lines = input.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  for (const line of lines) {
    const { score, checkworthy } = line.trim() ? scoreSentence(line) : { score: 0, checkworthy: false }
    io.out(JSON.stringify({ score, checkworthy }) + '\n')
  }
  return 0
}

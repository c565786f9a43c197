import { ServiceError } from '../main/services/errors'
import type { Library } from '../main/services/library'
import { parse, UsageError } from './args'
import type { Io } from './output'
import { defaultStoreDir } from './paths'
import { dossierVersion } from './version'

/*
 * The commands and the store are loaded by the command that needs them (import() in run), not
 * here: jsdom, pdf.js, compromise and SQLite take seconds to load, and `--version`, `--help` or a
 * usage error need none of them.
 */

export type { Io } from './output'

const USAGE = `Usage: dossier <command> [options]

Commands:
  extract FILE... [--json]              print the article extracted from each file
  analyze FILE... [--json] [--plain]    claims, sources and quotes of each file
                                        (--plain: the file is the text, verbatim)
  score-claims                          score sentences from stdin, one per line (JSONL out)
  import FILE... [--json] [--case NAME] import files into the library (and into that case,
                                        created if missing)
  list [--json]                         list the library
  search QUERY [--json] [--limit N]     search the library, best hits first (JSONL out);
                                        N from 1 to 500, 20 by default
  annotate ID --quote TEXT [--note TEXT] [--tag TAG]... [--color NAME] [--json]
  delete ID... [--json]                 delete articles with their annotations
  export (ID...|--case NAME|--all) --format FMT [--out PATH]
                                        FMT: md json jsonld csv qdpx qdc html pdf claimreview
                                        (qdpx and pdf need --out); several articles in md:
                                        --out is a folder, one note per article plus
                                        an index note ("CASE — index.md")
  import-annotations FILE [--json]      W3C Web Annotations (JSON-LD) or a Hypothesis export,
                                        anchored onto the library's articles by their quotes

Options:
  --store DIR   the library folder (default: the desktop app's)
  --json        machine-readable output
  --version     print the version
`

/** Runs one `dossier` command and answers its exit code: 0 ok, 1 a bad input, 2 a usage error. */
export async function run(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const { values, positionals } = parse(argv)
    const [command, ...files] = positionals
    if (values.version) {
      io.out(`${dossierVersion()}\n`)
      return 0
    }
    if (values.help || !command) {
      ;(values.help ? io.out : io.err)(USAGE)
      return values.help ? 0 : 2
    }
    const withLibrary = async (work: (library: Library) => number | Promise<number>) => {
      const { openLibrary } = await import('../main/services/library')
      const library = openLibrary(values.store ?? (await defaultStoreDir(env)))
      try {
        return await work(library)
      } finally {
        library.db.close()
      }
    }
    switch (command) {
      case 'extract':
        return await (await import('./commands/text')).extract(files, values, io)
      case 'analyze':
        return await (await import('./commands/text')).analyze(files, values, io)
      case 'score-claims': {
        if (files.length) throw new UsageError('score-claims reads sentences from standard input, not files')
        const { scoreClaims } = await import('./commands/text')
        return await scoreClaims(io)
      }
      case 'import': {
        const { importFiles } = await import('./commands/library')
        return await withLibrary((library) => importFiles(library, files, values, io))
      }
      case 'list': {
        if (files.length) throw new UsageError('list takes no files')
        const { list } = await import('./commands/library')
        return await withLibrary((library) => list(library, values, io))
      }
      case 'search': {
        const { search } = await import('./commands/search')
        return await withLibrary((library) => search(library, files, values, io))
      }
      case 'annotate': {
        const { annotate } = await import('./commands/library')
        return await withLibrary((library) => annotate(library, files, values, io))
      }
      case 'delete': {
        const { deleteArticles } = await import('./commands/library')
        return await withLibrary((library) => deleteArticles(library, files, values, io))
      }
      case 'export': {
        const { exportCommand } = await import('./commands/export')
        return await withLibrary((library) => exportCommand(library, files, values, io))
      }
      case 'import-annotations': {
        const { importAnnotationsCommand } = await import('./commands/importAnnotations')
        return await withLibrary((library) => importAnnotationsCommand(library, files, values, io))
      }
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

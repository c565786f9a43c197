import { statSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SUPPORTED_EXTENSIONS } from '../services/importers'
import { INTERCHANGE_EXTENSIONS } from '../services/interchange/refiQda/importInterchange'

export interface ArgvContext {
  /** The folder the launch was made from: relative paths are resolved against it. */
  cwd: string
  /**
   * Electron's process.defaultApp: true when started as `electron <app>` (from a checkout), where
   * the first argument after the flags is the app, not a file to open.
   */
  defaultApp: boolean
  /** Whether a path is an existing regular file (stubbed in tests). */
  isFile?: (path: string) => boolean
}

const IMPORTABLE = new Set([...SUPPORTED_EXTENSIONS, ...INTERCHANGE_EXTENSIONS])

function existingFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Whether `path` is an existing file of a type Dossier imports (macOS's open-file hands paths over one by one). */
export function isImportableFile(path: string, isFile: (path: string) => boolean = existingFile): boolean {
  return IMPORTABLE.has(extname(path).toLowerCase()) && isFile(path)
}

/**
 * The files a command line asks Dossier to open (Windows and Linux pass "Open with" and
 * double-clicked files this way, to the first launch and, through `second-instance`, to the
 * running one). Left out: the executable, the app's own path, switches (Electron's and
 * Chromium's, such as `--allow-file-access-from-files` or macOS's `-psn_…`), paths that are not
 * an existing file, and types Dossier does not import. `file://` URLs (a Linux desktop entry's
 * %U) are turned into paths; after `--` every argument is a path. Each file is named once.
 */
export function filesToImport(argv: readonly string[], context: ArgvContext): string[] {
  const isFile = context.isFile ?? existingFile
  const files: string[] = []
  let appSkipped = !context.defaultApp
  let switches = true
  for (const arg of argv.slice(1)) {
    if (switches && arg === '--') {
      switches = false
      continue
    }
    if (switches && arg.startsWith('-')) continue
    if (!appSkipped) {
      appSkipped = true
      continue
    }
    let path: string
    try {
      path = arg.startsWith('file:') ? fileURLToPath(arg) : resolve(context.cwd, arg)
    } catch {
      continue
    }
    if (files.includes(path) || !isImportableFile(path, isFile)) continue
    files.push(path)
  }
  return files
}

export interface FileOpener {
  /** Files the OS asked to open: imported now, or once `ready` is called. */
  open(files: readonly string[]): void
  /** The library and the window are there: files asked for before now are imported. */
  ready(): void
  /** Resolves when every file asked for so far has been handled (for tests and quitting). */
  idle(): Promise<void>
}

/**
 * Serialises "open these files" requests. macOS sends `open-file` before the app is ready (a
 * double-click that starts Dossier), so requests wait until `ready`; after that each batch is
 * handed to `importAndOpen` in the order asked, one batch at a time, and a failing batch does not
 * stop the next.
 */
export function createFileOpener(
  importAndOpen: (files: string[]) => Promise<void>,
  onError: (error: unknown) => void = () => undefined,
): FileOpener {
  let isReady = false
  let waiting: string[] = []
  let chain: Promise<void> = Promise.resolve()
  const run = (files: string[]) => {
    chain = chain.then(() => importAndOpen(files)).catch(onError)
  }
  return {
    open(files) {
      if (files.length === 0) return
      if (isReady) run([...files])
      else waiting.push(...files)
    },
    ready() {
      isReady = true
      const files = waiting
      waiting = []
      if (files.length > 0) run(files)
    },
    idle: () => chain,
  }
}

import { readdirSync } from 'node:fs'
import { extname, join } from 'node:path'
import { SUPPORTED_EXTENSIONS } from './importers/fileFormat'

/** More files than this in one folder import is almost certainly the wrong folder. */
export const MAX_FOLDER_FILES = 20_000

/**
 * Every importable file under `dir`, recursively, in a stable order (folders sorted by name).
 * Skips hidden entries, symbolic links (no loops, no escaping the folder), and the `*_files`
 * folders browsers save beside a "Webpage, complete" (their HTML is page furniture, not articles).
 */
export function listImportableFiles(dir: string, maxFiles = MAX_FOLDER_FILES): { files: string[]; truncated: boolean } {
  const files: string[] = []
  const pending = [dir]
  while (pending.length) {
    const current = pending.shift()!
    const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    const subfolders: string[] = []
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue
      const path = join(current, entry.name)
      if (entry.isDirectory()) {
        if (!/_files$/i.test(entry.name) && entry.name !== 'node_modules') subfolders.push(path)
      } else if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
        if (files.length >= maxFiles) return { files, truncated: true }
        files.push(path)
      }
    }
    pending.unshift(...subfolders)
  }
  return { files, truncated: false }
}

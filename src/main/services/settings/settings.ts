import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { z } from 'zod'
import { ServiceError } from '../errors'
import { writeFileAtomic } from '../exporters/atomicWrite'

/**
 * The settings file, in the app's user-data folder (`~/.config/Dossier`, `~/Library/Application
 * Support/Dossier`, `%APPDATA%\Dossier`): the desktop app writes it, the `dossier` command reads it
 * so that its default library is the app's.
 */
export const SETTINGS_FILE = 'settings.json'

const settingsSchema = z.object({
  /** Where the library lives when it was moved away from the user-data folder. */
  libraryFolder: z.string().min(1).refine(isAbsolute, 'must be an absolute path').optional(),
})

export type Settings = z.infer<typeof settingsSchema>

/** The settings in `configDir`; none when there is no settings file. A damaged file is an error naming it. */
export function readSettings(configDir: string): Settings {
  const path = join(configDir, SETTINGS_FILE)
  if (!existsSync(path)) return {}
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ServiceError(
      'settings-failed',
      `The settings file “${path}” cannot be read: ${(error as Error).message}.`,
    )
  }
  const parsed = settingsSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ServiceError(
      'settings-failed',
      `The settings file “${path}” is damaged: ${issue.path.join('.') || 'the file'} ${issue.message}.`,
    )
  }
  return parsed.data
}

/** Writes the settings atomically: a crash leaves the old file or the new one. */
export function writeSettings(configDir: string, settings: Settings): void {
  mkdirSync(configDir, { recursive: true })
  writeFileAtomic(
    join(configDir, SETTINGS_FILE),
    `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`,
  )
}

/** The folder holding the library: the one the settings name, else the user-data folder itself. */
export function libraryFolder(configDir: string): string {
  return readSettings(configDir).libraryFolder ?? configDir
}

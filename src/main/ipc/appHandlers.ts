import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import type { LicenseEntry } from '../../shared/model/app'
import type { ImportResult } from '../../shared/model/import'
import { ServiceError } from '../services/errors'
import type { Library } from '../services/library'
import { libraryLocation, moveLibrary } from '../services/settings/moveLibrary'
import type { Handlers } from './handlers'

type AppHandlers = Pick<
  Handlers,
  'app:about' | 'app:takeOpenedFiles' | 'settings:libraryLocation' | 'settings:moveLibrary'
>

/** What only a running app knows: its version, its user-data folder, the files the OS handed it. */
export interface AppDeps {
  version: string
  /** The list of bundled libraries and their licences that the build writes (out/licenses.json). */
  licensesFile: string
  /** The user-data folder: the settings file, and the library unless it was moved. */
  configDir: string
  /** The folder the user chose to move the library to; null when cancelled. */
  chooseLibraryFolder(current: string): Promise<string | null>
  /** The results of files the OS asked to open since last taken, emptying the list. */
  takeOpenedFiles(): ImportResult[]
  /** Lets go of the store file before it is moved (the log checkpointer's connection); the moved store checkpoints itself. */
  releaseStore?(): Promise<void>
}

const licensesSchema = z.array(z.object({ name: z.string(), version: z.string(), license: z.string() }))

/** The build's list of licences; none when the app was started from a build that did not write it. */
export function readLicenses(path: string): LicenseEntry[] {
  if (!existsSync(path)) return []
  return licensesSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
}

const desktopOnly = () => {
  throw new ServiceError('internal', 'Only the desktop app can answer this.')
}

/** About, opened files and the library's location; without `app` (the CLI's and tests' handlers) only an empty list. */
export function appHandlers(library: Library, app: AppDeps | undefined): AppHandlers {
  if (!app) {
    return {
      'app:about': desktopOnly,
      'app:takeOpenedFiles': () => [],
      'settings:libraryLocation': desktopOnly,
      'settings:moveLibrary': desktopOnly,
    }
  }
  let moving = false
  return {
    'app:about': () => ({
      version: app.version,
      libraryFolder: libraryLocation(app.configDir).folder,
      licenses: readLicenses(app.licensesFile),
    }),
    'app:takeOpenedFiles': () => app.takeOpenedFiles(),
    'settings:libraryLocation': () => libraryLocation(app.configDir),
    'settings:moveLibrary': async () => {
      if (moving) throw new ServiceError('settings-failed', 'The library is already being moved.')
      moving = true
      try {
        const folder = await app.chooseLibraryFolder(libraryLocation(app.configDir).folder)
        if (folder === null) return null
        await app.releaseStore?.()
        return moveLibrary(library, app.configDir, folder)
      } finally {
        moving = false
      }
    },
  }
}

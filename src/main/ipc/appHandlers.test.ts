import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../shared/model/import'
import { listArticles } from '../services/articles/read'
import { importFile } from '../services/articles/imports'
import { createLibrary, type Library } from '../services/library'
import { openDb, STORE_FILE } from '../services/store/db'
import { SAMPLE_PATH, tempDir } from '../../test-support/tempDir'
import type { AppDeps } from './appHandlers'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

const noDialogs = {
  chooseImportFiles: async () => [],
  chooseImportFolder: async () => null,
  chooseExportPath: async () => null,
  chooseAnnotationFile: async () => null,
  chooseExportFolder: async () => null,
}

let folder: ReturnType<typeof tempDir>
let configDir: string
let library: Library
let chosen: string | null
let opened: ImportResult[]
let handlers: Handlers

beforeEach(() => {
  folder = tempDir('dossier-app-ipc-')
  configDir = join(folder.dir, 'Dossier')
  library = createLibrary(openDb(configDir))
  chosen = null
  opened = []
  const app: AppDeps = {
    version: '1.2.3',
    licensesFile: join(folder.dir, 'licenses.json'),
    configDir,
    chooseLibraryFolder: async () => chosen,
    takeOpenedFiles: () => opened.splice(0),
  }
  handlers = createHandlers({
    library,
    dialogs: noDialogs,
    samplePath: SAMPLE_PATH,
    notify: () => undefined,
    app,
  })
})
afterEach(() => {
  library.db.close()
  folder.cleanup()
})

describe('About', () => {
  it('answers the version, the library folder and the licences the build listed', async () => {
    writeFileSync(
      join(folder.dir, 'licenses.json'),
      JSON.stringify([{ name: 'zod', version: '4.6.7', license: 'MIT' }]),
    )
    expect(await dispatch(handlers, 'app:about', undefined)).toEqual({
      ok: true,
      value: {
        version: '1.2.3',
        libraryFolder: configDir,
        licenses: [{ name: 'zod', version: '4.6.7', license: 'MIT' }],
      },
    })
  })

  it('lists no licences when the build wrote none, and only the app answers', async () => {
    expect(await dispatch(handlers, 'app:about', undefined)).toMatchObject({
      ok: true,
      value: { licenses: [] },
    })
    const cli = createHandlers({
      library,
      dialogs: noDialogs,
      samplePath: SAMPLE_PATH,
      notify: () => undefined,
    })
    expect(await dispatch(cli, 'app:about', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Only the desktop app can answer this.' },
    })
    expect(await dispatch(cli, 'app:takeOpenedFiles', undefined)).toEqual({ ok: true, value: [] })
  })
})

describe('opened files', () => {
  it('hands each result over once', async () => {
    opened.push(await importFile(library, SAMPLE_PATH))
    const first = await dispatch(handlers, 'app:takeOpenedFiles', undefined)
    expect(first).toMatchObject({
      ok: true,
      value: [{ status: 'imported', file: 'kim-putin-vostochny-scraped.txt' }],
    })
    expect(await dispatch(handlers, 'app:takeOpenedFiles', undefined)).toEqual({ ok: true, value: [] })
  })
})

describe('Library location', () => {
  it('moves the library to the chosen folder, keeping its articles, and says where it is', async () => {
    await importFile(library, SAMPLE_PATH)
    expect(await dispatch(handlers, 'settings:libraryLocation', undefined)).toEqual({
      ok: true,
      value: { folder: configDir, defaultFolder: configDir },
    })
    chosen = join(folder.dir, 'Research')
    expect(await dispatch(handlers, 'settings:moveLibrary', undefined)).toEqual({
      ok: true,
      value: { folder: chosen, defaultFolder: configDir },
    })
    expect(listArticles(library)).toHaveLength(1)
    expect(existsSync(join(chosen, STORE_FILE))).toBe(true)
    expect(await dispatch(handlers, 'app:about', undefined)).toMatchObject({
      value: { libraryFolder: chosen },
    })
  })

  it('changes nothing when the dialog is cancelled, and says why a move is refused', async () => {
    expect(await dispatch(handlers, 'settings:moveLibrary', undefined)).toEqual({ ok: true, value: null })
    chosen = configDir
    expect(await dispatch(handlers, 'settings:moveLibrary', undefined)).toEqual({
      ok: false,
      error: { code: 'settings-failed', message: `The library is already in “${configDir}”.` },
    })
    expect(await dispatch(handlers, 'settings:libraryLocation', undefined)).toMatchObject({
      value: { folder: configDir },
    })
  })
})

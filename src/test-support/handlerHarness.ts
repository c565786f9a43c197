import { afterEach, beforeEach } from 'vitest'
import type { IpcResult } from '../shared/ipc/result'
import { dispatch } from '../main/ipc/dispatch'
import { createHandlers, type Handlers } from '../main/ipc/handlers'
import { createLibrary, type Library } from '../main/services/library'
import { openDb } from '../main/services/store/db'
import { tempDir } from './tempDir'

/** The IPC handlers over a fresh library, called as the window calls them: through `dispatch` and its validation. */
export interface HandlerHarness {
  /** This test's library (a new one for each test). */
  readonly library: Library
  /** The channel's result, ok or not, as the window receives it. */
  dispatch<T>(channel: string, payload?: unknown): Promise<IpcResult<T>>
  /** The channel's value; an error result fails the test with the channel and its message. */
  call<T>(channel: string, payload?: unknown): Promise<T>
}

/**
 * Registers, for every test of the file, a library in a temp folder (named from `prefix`) on a fixed clock and
 * handlers whose dialogs all answer "cancelled"; both are closed and removed after each test.
 */
export function handlerHarness(prefix: string): HandlerHarness {
  let folder: ReturnType<typeof tempDir>
  let library: Library
  let handlers: Handlers

  beforeEach(() => {
    folder = tempDir(prefix)
    library = createLibrary(openDb(folder.dir), { clock: () => new Date('2026-03-01T10:00:00Z') })
    handlers = createHandlers({
      library,
      dialogs: {
        chooseImportFiles: async () => [],
        chooseImportFolder: async () => null,
        chooseExportPath: async () => null,
        chooseAnnotationFile: async () => null,
        chooseExportFolder: async () => null,
      },
      samplePath: folder.file('sample.txt', 'Sample\n\nA sample body.'),
      notify: () => undefined,
    })
  })
  afterEach(() => {
    library.db.close()
    folder.cleanup()
  })

  const send = async <T>(channel: string, payload?: unknown): Promise<IpcResult<T>> =>
    (await dispatch(handlers, channel, payload)) as IpcResult<T>
  return {
    get library() {
      return library
    },
    dispatch: send,
    async call<T>(channel: string, payload?: unknown): Promise<T> {
      const result = await send<T>(channel, payload)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value
    },
  }
}

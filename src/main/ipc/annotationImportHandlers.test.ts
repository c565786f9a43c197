import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { storeArticle } from '../../test-support/storedArticles'
import { tempDir } from '../../test-support/tempDir'
import { createLibrary, type Library } from '../services/library'
import { listAnnotations } from '../services/store/annotations'
import { openDb } from '../services/store/db'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

let folder: ReturnType<typeof tempDir>
let library: Library
let chosen: string | null
let handlers: Handlers

beforeEach(() => {
  folder = tempDir('dossier-annotation-import-')
  library = createLibrary(openDb(folder.dir))
  chosen = null
  handlers = createHandlers({
    library,
    dialogs: {
      chooseImportFiles: async () => [],
      chooseImportFolder: async () => null,
      chooseExportPath: async () => null,
      chooseExportFolder: async () => null,
      chooseAnnotationFile: async () => chosen,
    },
    samplePath: folder.file('sample.txt', 'Sample\n\nA sample body.'),
    notify: () => undefined,
  })
})
afterEach(() => {
  library.db.close()
  folder.cleanup()
})

const TEXT = 'The council met on Monday about the harbour budget.'

describe('annotations:importDialog', () => {
  it('imports the chosen file and answers the counts', async () => {
    const id = storeArticle(library.db, { text: TEXT, url: 'https://news.example/council' })
    chosen = folder.file(
      'notes.json',
      JSON.stringify({
        rows: [
          {
            id: 'h1',
            uri: 'https://news.example/council',
            text: 'Which budget?',
            tags: [],
            target: [
              {
                source: 'https://news.example/council',
                selector: [{ type: 'TextQuoteSelector', exact: 'the harbour budget' }],
              },
            ],
          },
          {
            id: 'h2',
            uri: 'https://other.example',
            text: '',
            tags: [],
            target: [
              {
                source: 'https://other.example',
                selector: [{ type: 'TextQuoteSelector', exact: 'nothing like this anywhere' }],
              },
            ],
          },
        ],
      }),
    )
    expect(await dispatch(handlers, 'annotations:importDialog', undefined)).toEqual({
      ok: true,
      value: { anchored: 1, orphaned: 1, verdicts: 0, verdictsLeftOut: 0 },
    })
    expect(listAnnotations(library.db, id).map((a) => a.note)).toEqual(['Which budget?'])
  })

  it('answers null when the dialog is cancelled', async () => {
    expect(await dispatch(handlers, 'annotations:importDialog', undefined)).toEqual({ ok: true, value: null })
  })

  it('answers a readable error naming a file that is not annotations', async () => {
    chosen = folder.file('photo.json', '[1, 2, 3]')
    expect(await dispatch(handlers, 'annotations:importDialog', undefined)).toEqual({
      ok: false,
      error: {
        code: 'import-failed',
        message: '“photo.json” holds no W3C Web Annotations and is not a Hypothesis export.',
      },
    })
  })
})

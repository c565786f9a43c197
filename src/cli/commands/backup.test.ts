import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDb } from '../../main/services/store/db'
import { dumpStore } from '../../test-support/backupLibrary'
import { cliRunner } from '../../test-support/cli'
import { tempDir } from '../../test-support/tempDir'
import { run } from '../main'

const dossier = cliRunner(run)

let tmp: ReturnType<typeof tempDir>
beforeEach(() => (tmp = tempDir('dossier-cli-backup-')))
afterEach(() => tmp.cleanup())

/** Every row of every table of the store in `dir`. */
function rowsOf(dir: string): Record<string, string[]> {
  const db = openDb(dir)
  try {
    return dumpStore(db)
  } finally {
    db.close()
  }
}

describe('dossier export --all --format json, then dossier import', () => {
  it('restores the whole library into another store, and a second import adds nothing', async () => {
    const store = join(tmp.dir, 'store')
    const files = ['Pier closing', 'Ferry strike'].map((t, i) =>
      tmp.file(`f${i}.md`, `# ${t}\n\nThe council met on day ${i} about ${t}.`),
    )
    expect((await dossier('import', ...files, '--case', 'Harbour', '--store', store)).code).toBe(0)
    const list = await dossier('list', '--json', '--store', store)
    const [first] = (JSON.parse(list.out) as { id: string }[]).map((a) => a.id)
    const note = ['annotate', first, '--quote', 'The council met', '--note', 'Check the minutes']
    expect((await dossier(...note, '--store', store)).code).toBe(0)
    const out = join(tmp.dir, 'b.json')

    const exported = await dossier('export', '--all', '--format', 'json', '--out', out, '--store', store)
    expect(exported).toMatchObject({ code: 0, err: '' })
    expect(JSON.parse(readFileSync(out, 'utf8')).dossierExport).toBe(2)

    const other = join(tmp.dir, 'other')
    const restored = await dossier('import', out, '--store', other)
    expect(restored).toMatchObject({ code: 0, err: '' })
    expect(restored.out).toBe(
      'Restored backup “b.json”: 2 articles (0 already in the library), 1 note, 0 codes, 1 case, 0 verdicts\n',
    )
    expect(rowsOf(other)).toEqual(rowsOf(store))

    const again = await dossier('import', out, '--store', other)
    expect(again.out).toContain(': 0 articles (2 already in the library), 0 notes,')
    expect(rowsOf(other)).toEqual(rowsOf(store))
  })

  it('refuses a damaged backup with a message naming it, and exits 1', async () => {
    const bad = tmp.file('b.json', JSON.stringify({ dossierExport: 2, articles: 'none' }))
    const r = await dossier('import', bad, '--store', join(tmp.dir, 'store'))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^dossier: Could not import “b\.json”: the backup is damaged: articles: /)
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cliRunner } from '../../test-support/cli'
import { sharedPath } from '../../test-support/shared'
import { tempDir } from '../../test-support/tempDir'
import { xmllint } from '../../test-support/xmllint'
import { run } from '../main'

const dossier = cliRunner(run)

let tmp: ReturnType<typeof tempDir>
let store: string

beforeEach(() => {
  tmp = tempDir('dossier-cli-refiqda-')
  store = join(tmp.dir, 'store')
})
afterEach(() => tmp.cleanup())

describe('dossier import and export of REFI-QDA files', () => {
  it('imports a codebook, exports it as .qdc and the library as .qdpx, and imports that project elsewhere', async () => {
    const codebook = sharedPath('conformance', 'refi-qda', 'example1-codebook.qdc')
    expect((await dossier('import', codebook, '--store', store)).out).toBe(
      'Imported codebook “example1-codebook.qdc”: 6 new codes\n',
    )
    const note = tmp.file('pier.md', '# Pier closes\n\nThe council met on Monday.')
    const imported = await dossier('import', note, '--json', '--store', store)
    const id = JSON.parse(imported.out).id as string
    await dossier('annotate', id, '--quote', 'The council met', '--note', 'Check the minutes', '--store', store)

    const qdc = join(tmp.dir, 'codes.qdc')
    expect(await dossier('export', '--all', '--format', 'qdc', '--out', qdc, '--store', store)).toMatchObject({ code: 0 })
    expect(xmllint(readFileSync(qdc, 'utf8'), 'Codebook.xsd').valid).toBe(true)

    const qdpx = join(tmp.dir, 'project.qdpx')
    expect(await dossier('export', '--all', '--format', 'qdpx', '--out', qdpx, '--store', store)).toMatchObject({ code: 0 })
    const elsewhere = join(tmp.dir, 'other-store')
    const r = await dossier('import', qdpx, '--store', elsewhere)
    expect(r).toMatchObject({
      code: 0,
      out: 'Imported project “Dossier notes”: 1 article, 6 codes, 0 coded passages\n',
    })
    const listed = JSON.parse((await dossier('list', '--json', '--store', elsewhere)).out) as { annotations: number }[]
    expect(listed.map((a) => a.annotations)).toEqual([1])
  })

  it('refuses a damaged project with a line naming it', async () => {
    const r = await dossier('import', tmp.file('broken.qdpx', 'not a zip'), '--store', store)
    expect(r.code).toBe(1)
    expect(r.err).toBe('dossier: Could not import “broken.qdpx”: it is not a readable REFI-QDA project (a damaged zip).\n')
  })
})

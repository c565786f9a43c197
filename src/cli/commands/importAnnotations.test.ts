import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cliRunner } from '../../test-support/cli'
import { tempDir } from '../../test-support/tempDir'
import { run } from '../main'

const dossier = cliRunner(run)

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir('dossier-cli-annotations-')
})
afterEach(() => tmp.cleanup())

describe('dossier import-annotations', () => {
  it('anchors an exported AnnotationCollection onto the same article in another library', async () => {
    const article = tmp.file('council.md', '# Council\n\nThe council met on Monday about the harbour budget.')
    const [first, second] = [join(tmp.dir, 'a'), join(tmp.dir, 'b')]
    const { id } = JSON.parse((await dossier('import', article, '--json', '--store', first)).out)
    await dossier(
      'annotate',
      id,
      '--quote',
      'the harbour budget',
      '--note',
      'Which year?',
      '--tag',
      'money',
      '--store',
      first,
    )
    const file = join(tmp.dir, 'notes.jsonld')
    expect(
      (await dossier('export', '--all', '--format', 'jsonld', '--out', file, '--store', first)).code,
    ).toBe(0)

    await dossier('import', article, '--store', second)
    const r = await dossier('import-annotations', file, '--json', '--store', second)
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(JSON.parse(r.out)).toEqual({ anchored: 1, orphaned: 0 })
    const [listed] = JSON.parse((await dossier('list', '--json', '--store', second)).out)
    expect(listed.annotations).toBe(1)
  })

  it('exits 1 naming the file when it holds no annotations', async () => {
    const file = tmp.file('package.json', '{"name": "a package"}')
    const r = await dossier('import-annotations', file, '--store', join(tmp.dir, 's'))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^dossier: “package\.json” holds no W3C Web Annotations/)
  })

  it('exits 1 for a missing file and 2 without exactly one file', async () => {
    const store = join(tmp.dir, 's')
    const missing = await dossier('import-annotations', join(tmp.dir, 'nope.json'), '--store', store)
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/^dossier: Could not import “nope\.json”: there is no such file/)
    expect((await dossier('import-annotations', '--store', store)).code).toBe(2)
  })
})

import { describe, expect, it } from 'vitest'
import { importFile } from '../../articles/imports'
import { createCode, listCodebook } from '../../codebook'
import { createLibrary } from '../../library'
import type { Db } from '../../store/db'
import { transaction } from '../../store/db'
import { readShared, sharedPath } from '../../../../test-support/shared'
import { tempStore } from '../../../../test-support/tempStore'
import { xmllint } from '../../../../test-support/xmllint'
import { stableGuid } from './ids'
import { mergeCodes } from './mergeCodes'
import { codebookToQdc, readQdc } from './qdc'

let db: Db
tempStore((opened) => (db = opened))

function seedCodebook(): void {
  const framing = createCode(db, {
    name: 'Framing',
    color: 'blue',
    description: 'How a story is <framed> & told',
  })
  createCode(db, { name: 'State media', parentId: framing.id, color: 'pink' })
  createCode(db, { name: 'Sources', color: 'green' })
}

const paths = (d: Db): string[] =>
  listCodebook(d).map((c) => `${c.path.join('/')}:${c.color}:${c.description}`)

describe('.qdc codebook export', () => {
  it('writes a codebook Codebook.xsd accepts, with nested codes and stable upper-case GUIDs', () => {
    seedCodebook()
    const qdc = codebookToQdc(db)
    expect(xmllint(qdc, 'Codebook.xsd')).toMatchObject({ valid: true })
    const framing = listCodebook(db).find((c) => c.name === 'Framing')!
    expect(qdc).toContain(`guid="${stableGuid('code', framing.id)}"`)
    expect(stableGuid('code', framing.id)).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
    )
    expect(codebookToQdc(db)).toBe(qdc)
  })

  it('is checked by a validator that rejects a broken codebook', () => {
    seedCodebook()
    const broken = codebookToQdc(db).replace(/isCodable="true"/, 'isCodable="maybe"')
    const result = xmllint(broken, 'Codebook.xsd')
    expect(result.valid).toBe(false)
    expect(result.output).toContain('isCodable')
  })

  it('refuses an empty codebook readably', () => {
    expect(() => codebookToQdc(db)).toThrow('The codebook has no codes to export.')
  })
})

describe('.qdc codebook import', () => {
  it('reads back every code with its hierarchy, colour and description', () => {
    seedCodebook()
    const before = paths(db)
    const codes = readQdc(codebookToQdc(db), 'codes.qdc')
    db.exec('DELETE FROM codes WHERE parent_id IS NOT NULL; DELETE FROM codes')
    const merged = transaction(db, () => mergeCodes(db, codes, new Date()))
    expect(merged.added).toBe(3)
    expect(paths(db)).toEqual(before)
  })

  it('merges by path: importing a codebook the library has adds nothing', () => {
    seedCodebook()
    const codes = readQdc(codebookToQdc(db), 'codes.qdc')
    const merged = transaction(db, () => mergeCodes(db, codes, new Date()))
    expect(merged.added).toBe(0)
    expect(listCodebook(db)).toHaveLength(3)
  })

  it('imports the REFI-QDA example codebook (braced GUIDs, codes without colour)', () => {
    const codes = readQdc(
      readShared('conformance', 'refi-qda', 'example1-codebook.qdc'),
      'example1-codebook.qdc',
    )
    transaction(db, () => mergeCodes(db, codes, new Date()))
    const names = listCodebook(db).map((c) => c.name)
    expect(names).toEqual(['Topics', 'Economy', 'Health care', 'Values', 'Conservatives', 'Liberals'])
    const economy = listCodebook(db).find((c) => c.name === 'Economy')!
    expect(economy.description).toBe('Anything about jobs or taxes or business')
    expect(economy.color).toBe('yellow')
    expect(listCodebook(db).find((c) => c.name === 'Liberals')!.color).toBe('blue')
  })

  it('refuses a file that is not a codebook, naming it', () => {
    expect(() => readQdc('<html><body/></html>', 'page.qdc')).toThrow(
      'Could not import “page.qdc”: it is not a REFI-QDA codebook',
    )
    expect(() => readQdc('<CodeBook><Codes>', 'cut.qdc')).toThrow(
      'Could not import “cut.qdc”: it is not well-formed XML',
    )
  })
})

describe('.qdc through the import path (Import…, drop, dossier import)', () => {
  it('imports a codebook file and says how many codes it added', async () => {
    const library = createLibrary(db)
    const path = sharedPath('conformance', 'refi-qda', 'example1-codebook.qdc')
    const result = await importFile(library, path)
    expect(result).toMatchObject({
      status: 'imported',
      summary: 'Imported codebook “example1-codebook.qdc”: 6 new codes',
    })
    expect(listCodebook(db)).toHaveLength(6)
  })
})

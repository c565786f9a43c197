import { unzipSync, strFromU8 } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { resolveExportScope } from '../../exporters/scope'
import { createLibrary } from '../../library'
import type { Db } from '../../store/db'
import { ROCKET_METADATA, ROCKET_TEXT, seedCodedLibrary } from '../../../../test-support/refiQdaLibrary'
import { tempStore } from '../../../../test-support/tempStore'
import { xmllint } from '../../../../test-support/xmllint'
import { exportQdpx } from './qdpxExport'

let db: Db
tempStore((opened) => (db = opened))

async function exported(): Promise<Record<string, Uint8Array>> {
  seedCodedLibrary(db)
  const library = createLibrary(db, { clock: () => new Date('2026-05-01T00:00:00Z') })
  return unzipSync(await exportQdpx(library, resolveExportScope(db, { kind: 'library' })))
}

describe('.qdpx project export', () => {
  it('holds a project.qde that Project.xsd accepts and one plain text file per source', async () => {
    const files = await exported()
    const qde = strFromU8(files['project.qde'])
    const check = xmllint(qde, 'Project.xsd')
    expect(check.output).not.toContain('fails to validate')
    expect(check.valid).toBe(true)
    const texts = Object.keys(files).filter((f) => f.startsWith('sources/') && f.endsWith('.txt'))
    expect(texts).toHaveLength(2)
    expect(texts.map((f) => strFromU8(files[f]))).toContain(ROCKET_TEXT)
  })

  it('is checked by a validator that rejects a broken project', async () => {
    const qde = strFromU8((await exported())['project.qde'])
    const broken = qde.replace(/startPosition="\d+"/, 'startPosition="first"')
    expect(xmllint(broken, 'Project.xsd').valid).toBe(false)
    expect(xmllint(qde.replace('<Users>', '<Users><Bogus/>'), 'Project.xsd').valid).toBe(false)
    expect(xmllint(qde.replace('typeOfVariable="Text"', 'typeOfVariable="Words"'), 'Project.xsd').valid).toBe(
      false,
    )
  })

  it('counts selection positions in code points, so a passage after an emoji lands on the same characters', async () => {
    const files = await exported()
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      strFromU8(files['project.qde']),
    )
    const sources = [parsed.Project.Sources.TextSource].flat()
    const rocket = sources.find((s: { name: string }) => s.name === 'Kim and Putin meet')
    const text = strFromU8(files[rocket.plainTextPath.replace('internal://', 'sources/')])
    const selections = [rocket.PlainTextSelection].flat()
    const kim = selections.find((s: { name: string }) => s.name === 'Kim met Putin')
    // Sliced by code points, as another tool reads the file.
    expect([...text].slice(Number(kim.startPosition), Number(kim.endPosition)).join('')).toBe('Kim met Putin')
    expect(Number(kim.startPosition)).toBe(ROCKET_TEXT.indexOf('Kim met') - 1)
    expect([kim.Coding].flat()).toHaveLength(2)
    const notes = [parsed.Project.Notes.Note]
      .flat()
      .map((n: { PlainTextContent: string }) => n.PlainTextContent)
    expect(notes.sort()).toEqual([
      'Check the date',
      'Compare with the Reuters account.',
      'No source named 😶',
    ])
  })

  it("writes each article's metadata as named variables of its source, and none for an article without", async () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      strFromU8((await exported())['project.qde']),
    )
    const names = new Map(
      [parsed.Project.Variables.Variable]
        .flat()
        .map((v: { guid: string; name: string; typeOfVariable: string }) => [v.guid, v.name]),
    )
    const sources = [parsed.Project.Sources.TextSource].flat()
    const variablesOf = (name: string): Record<string, string> => {
      const source = sources.find((s: { name: string }) => s.name === name)
      const values = source.VariableValue === undefined ? [] : [source.VariableValue].flat()
      return Object.fromEntries(
        values.map((v: { VariableRef: { targetGUID: string }; TextValue: string }) => [
          names.get(v.VariableRef.targetGUID),
          v.TextValue,
        ]),
      )
    }
    expect(variablesOf('Kim and Putin meet')).toEqual({
      Byline: ROCKET_METADATA.byline,
      Publisher: ROCKET_METADATA.publisher,
      Published: ROCKET_METADATA.published,
      URL: ROCKET_METADATA.url,
      Language: ROCKET_METADATA.lang,
    })
    expect(variablesOf('Second story')).toEqual({})
  })

  it('gives the same GUIDs on a second export', async () => {
    const first = strFromU8((await exported())['project.qde'])
    const library = createLibrary(db, { clock: () => new Date('2026-05-01T00:00:00Z') })
    const again = unzipSync(await exportQdpx(library, resolveExportScope(db, { kind: 'library' })))
    expect(strFromU8(again['project.qde'])).toBe(first)
  })

  it('stops between articles when cancelled, and reports progress per article', async () => {
    seedCodedLibrary(db)
    const library = createLibrary(db)
    const progress: number[] = []
    const selection = resolveExportScope(db, { kind: 'library' })
    await exportQdpx(library, selection, { onProgress: (done) => progress.push(done) })
    expect(progress).toEqual([1, 2])
    const controller = new AbortController()
    controller.abort()
    await expect(exportQdpx(library, selection, { signal: controller.signal })).rejects.toThrow(
      'The export was cancelled.',
    )
  })
})

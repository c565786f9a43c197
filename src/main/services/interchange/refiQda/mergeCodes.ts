import { randomUUID } from 'node:crypto'
import { CODE_DESCRIPTION_MAX, CODE_NAME_MAX, CODE_PATH_SEPARATOR } from '../../../../shared/model/codebook'
import { childrenOf } from '../../codebook'
import { nameKey, tidyName } from '../../codebook/codeNames'
import type { Db } from '../../store/db'
import { guidKey } from './ids'
import type { QdaCode } from './xml'

export interface MergedCodes {
  /** The Dossier code id of each imported code, by GUID key (guidKey). */
  byGuid: Map<string, string>
  /** Codes the codebook did not have. */
  added: number
}

/**
 * A name Dossier can store: other tools allow `/` in names, which Dossier keeps for `code:A/B` paths, so it
 * becomes a dash; an over-long name is cut.
 */
function storableName(name: string): string {
  return tidyName(name.split(CODE_PATH_SEPARATOR).join('-')).slice(0, CODE_NAME_MAX) || 'Unnamed code'
}

/**
 * Adds imported codes to the codebook, merged by path: a code whose parent already has a child of that name
 * (ignoring letter case) is that child, so importing the same codebook twice adds nothing. Writes without a
 * transaction of its own: call it inside the import's one transaction.
 */
export function mergeCodes(db: Db, codes: readonly QdaCode[], now: Date): MergedCodes {
  const byGuid = new Map<string, string>()
  let added = 0
  const insert = db.prepare(
    `INSERT INTO codes (id, name, color, description, parent_id, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const at = now.toISOString()
  const merge = (list: readonly QdaCode[], parentId: string | null, parentColor: string): void => {
    for (const code of list) {
      const name = storableName(code.name)
      const siblings = childrenOf(db, parentId)
      let id = siblings.find((c) => nameKey(c.name) === nameKey(name))?.id
      const color = code.color ?? parentColor
      if (!id) {
        id = randomUUID()
        const description = code.description.normalize('NFC').trim().slice(0, CODE_DESCRIPTION_MAX)
        insert.run(id, name, color, description, parentId, siblings.length, at, at)
        added++
      }
      byGuid.set(guidKey(code.guid), id)
      merge(code.children, id, color)
    }
  }
  merge(codes, null, 'yellow')
  return { byGuid, added }
}

import {
  CSV_ROWS,
  EXPORT_FORMAT_IDS,
  type CsvRows,
  type ExportFormatId,
} from '../../../../../shared/model/export'
import type { ScopeKind } from './state'

export const EXPORT_CHOICES_KEY = 'dossier.export.choices'

/** The Export dialog's choices kept between runs: the format, the last scope and the options. */
export interface RememberedChoices {
  format?: ExportFormatId
  scope?: ScopeKind
  folder?: boolean
  rows?: CsvRows
}

const SCOPES: readonly ScopeKind[] = ['article', 'listed', 'case', 'code', 'library']

/** What was remembered; anything unreadable (another version's, hand-edited) is left out. */
export function readChoices(storage: Storage | undefined): RememberedChoices {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(EXPORT_CHOICES_KEY) ?? '{}')
    if (!raw || typeof raw !== 'object') return {}
    const r = raw as Record<string, unknown>
    return {
      format: (EXPORT_FORMAT_IDS as readonly unknown[]).includes(r.format) ? (r.format as ExportFormatId) : undefined,
      scope: SCOPES.includes(r.scope as ScopeKind) ? (r.scope as ScopeKind) : undefined,
      folder: typeof r.folder === 'boolean' ? r.folder : undefined,
      rows: (CSV_ROWS as readonly unknown[]).includes(r.rows) ? (r.rows as CsvRows) : undefined,
    }
  } catch {
    return {}
  }
}

export function writeChoices(storage: Storage | undefined, choices: RememberedChoices): void {
  try {
    storage?.setItem(EXPORT_CHOICES_KEY, JSON.stringify(choices))
  } catch {
    // A full or blocked storage only costs the remembered choices.
  }
}

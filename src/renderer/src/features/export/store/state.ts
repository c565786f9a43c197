import { create } from 'zustand'
import type { CsvRows, ExportFormatId, ExportFormatInfo } from '../../../../../shared/model/export'

/** What the Export dialog offers to export. */
export type ScopeKind = 'article' | 'listed' | 'case' | 'code' | 'library'

/** What was on screen when the dialog opened: the scopes it can offer and the one it starts on. */
export interface ScreenContext {
  /** The article open in the reader. */
  articleId: string | null
  articleTitle: string | null
  /** The articles the library list shows (its case and filters). */
  listedIds: string[]
  /** The case the library shows. */
  caseId: string | null
}

export interface ExportProgress {
  done: number
  total: number
}

export interface ExportState {
  open: boolean
  /** The formats main can write; null until fetched. */
  formats: ExportFormatInfo[] | null
  format: ExportFormatId
  scope: ScopeKind
  caseId: string | null
  codeId: string | null
  /** Markdown of several articles: a folder of notes (true) or one file. */
  folder: boolean
  /** CSV: one row per highlight, per claim or per source. */
  rows: CsvRows
  context: ScreenContext
  /** An export is running (the save dialog included). */
  running: boolean
  progress: ExportProgress | null
  cancelling: boolean
  /** Why the last export failed, shown in the dialog (and in the status area). */
  error: string | null
}

export const initialExportState: ExportState = {
  open: false,
  formats: null,
  format: 'md',
  scope: 'library',
  caseId: null,
  codeId: null,
  folder: true,
  rows: 'annotations',
  context: { articleId: null, articleTitle: null, listedIds: [], caseId: null },
  running: false,
  progress: null,
  cancelling: false,
  error: null,
}

export const useExportStore = create<ExportState>()(() => initialExportState)

import { useCasesStore } from '../features/cases/store/state'
import { exportActions } from '../features/export/store/actions'
import type { ScreenContext } from '../features/export/store/state'
import { useReaderStore } from '../features/reader/store/state'

/** What the Export dialog starts from: the article open, the articles listed, the case shown. */
export function screenContext(): ScreenContext {
  const article = useReaderStore.getState().article
  const { scope, rows } = useCasesStore.getState()
  return {
    articleId: article?.id ?? null,
    articleTitle: article?.title ?? null,
    listedIds: rows?.map((r) => r.id) ?? [],
    caseId: scope.kind === 'case' ? scope.id : null,
  }
}

/** File → Export…: the dialog, on what is on screen. */
export function openExportDialog(): void {
  void exportActions.open(screenContext())
}

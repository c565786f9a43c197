import type { ExportScope } from '../../../shared/model/export'
import { requireArticle } from '../articles/read'
import { articleIdsInCase } from '../cases'
import { requireCase } from '../cases/cases'
import { passagesOfCode, requireCode } from '../codebook'
import * as articles from '../store/articles'
import type { Db } from '../store/db'

/** The articles an export covers, in the library's order, and a title for the whole. */
export interface ExportSelection {
  articleIds: string[]
  /** "Dossier notes", the case's name or the code's name: the title of an index, a report or a collection. */
  title: string
  caseId: string | null
  codeId: string | null
}

/** Resolves what the person chose to export; an unknown article, case or code is a readable error. */
export function resolveExportScope(db: Db, scope: ExportScope): ExportSelection {
  const none = { caseId: null, codeId: null }
  switch (scope.kind) {
    case 'library':
      return { ...none, articleIds: articles.listArticles(db).map((a) => a.id), title: 'Dossier notes' }
    case 'articles': {
      const ids = [...new Set(scope.ids)]
      for (const id of ids) requireArticle(db, id)
      return { ...none, articleIds: ids, title: ids.length === 1 ? requireArticle(db, ids[0]).title : 'Dossier notes' }
    }
    case 'case': {
      const found = requireCase(db, scope.caseId)
      return { ...none, caseId: found.id, articleIds: articleIdsInCase(db, found.id), title: found.name }
    }
    case 'code': {
      const code = requireCode(db, scope.codeId)
      const passages = passagesOfCode(db, code.id, { includeChildren: true })
      return { ...none, codeId: code.id, articleIds: [...new Set(passages.map((p) => p.articleId))], title: code.name }
    }
  }
}

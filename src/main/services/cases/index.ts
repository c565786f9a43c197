export {
  createCase,
  deleteCase,
  ensureCase,
  findCaseByName,
  getCase,
  listCases,
  renameCase,
  requireCase,
  restoreCase,
} from './cases'
export {
  addArticles,
  articleIdsInCase,
  casesOfArticle,
  libraryCounts,
  removeArticles,
  unfiledArticleIds,
} from './membership'

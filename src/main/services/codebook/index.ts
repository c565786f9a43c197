export {
  childrenOf,
  codeSuggestions,
  createCode,
  deleteCode,
  getCode,
  listCodebook,
  moveCode,
  requireCode,
  updateCode,
  type CodePatch,
  type NewCode,
} from './codes'
export {
  codeAnnotation,
  codeIdsOf,
  codeIdsOfArticle,
  codesOfAnnotation,
  restoreCodes,
  uncodeAnnotation,
} from './coding'
export { coOccurrence, countsPerArticle, passagesOfCode } from './reports'
export { codeScope, findCodeByPath } from './searchScope'
export { deleteCodeForUndo, restoreCode } from './undo'

import type { CodePaths } from './codePaths'
import type { Annotation } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'

/** What an export is made from: an article and its annotations in text order. */
export interface NotesDocument {
  article: Article
  annotations: Annotation[]
  /** Each coded highlight's codes as paths of names (Markdown writes them as nested tags); none when left out. */
  codePaths?: CodePaths
}

/** The drag data type of an article row being dragged onto a case (its value is the article's id). */
export const ARTICLE_DRAG_TYPE = 'application/x-dossier-article'

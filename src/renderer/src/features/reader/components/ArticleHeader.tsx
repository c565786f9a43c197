import type { Article } from '../../../../../shared/model/article'
import { formatDate } from '../../../lib/format'

/** Title, byline, publisher and date, and the file the article came from. */
export function ArticleHeader({ article }: { article: Article }) {
  const published = formatDate(article.published)
  return (
    <header className="reader-header">
      <h1 className="reader-title">{article.title}</h1>
      {article.byline && <p className="reader-byline">{article.byline}</p>}
      {(article.publisher || published) && (
        <p className="reader-meta">
          {article.publisher}
          {article.publisher && published && ' · '}
          {published && <time dateTime={article.published ?? undefined}>{published}</time>}
        </p>
      )}
      <p className="reader-file">{article.fileName}</p>
    </header>
  )
}

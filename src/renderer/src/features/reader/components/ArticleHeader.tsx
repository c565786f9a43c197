import type { Article } from '../../../../../shared/model/article'
import { formatDate } from '../../../lib/format'
import { readerActions } from '../store/actions'
import { useReaderStore } from '../store/state'

/**
 * Title, byline, publisher and publication date, where the article came from, and its original.
 * A file's own date (a PDF's creation date) is provenance, shown apart and never as "Published".
 */
export function ArticleHeader({ article }: { article: Article }) {
  const reextracting = useReaderStore((s) => s.reextracting)
  const published = formatDate(article.published)
  const captured = formatDate(article.capturedAt)
  const documentCreated = formatDate(article.documentDate)
  const imported = formatDate(article.importedAt)
  return (
    <header className="reader-header">
      <h1 className="reader-title">{article.title}</h1>
      {article.byline && <p className="reader-byline">{article.byline}</p>}
      {(article.publisher || published) && (
        <p className="reader-meta">
          {article.publisher}
          {article.publisher && published && ' · '}
          {published && (
            <>
              Published <time dateTime={article.published ?? undefined}>{published}</time>
            </>
          )}
        </p>
      )}
      <div className="reader-provenance" aria-label="Provenance">
        <p className="reader-file">
          <span title={`SHA-256 ${article.sha256}`}>{article.fileName}</span>
          {documentCreated && (
            <>
              {' · document created '}
              <time dateTime={article.documentDate ?? undefined}>{documentCreated}</time>
            </>
          )}
          {captured && <> · saved {captured}</>}
          {imported && <> · imported {imported}</>}
          {article.previousVersionId && <> · a newer capture of an earlier copy</>}
        </p>
        {article.url && (
          <p className="reader-url">
            <a href={article.url} target="_blank" rel="noreferrer noopener">
              {article.url}
            </a>
          </p>
        )}
        <div className="reader-actions">
          <button type="button" className="button button-small" onClick={() => void readerActions.showOriginal()}>
            View original
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => void readerActions.reextract()}
            disabled={reextracting}
            title="Read the original file again with the current extractor; annotations are kept"
          >
            {reextracting ? 'Extracting…' : 'Re-extract'}
          </button>
        </div>
      </div>
    </header>
  )
}

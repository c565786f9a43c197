import type { CodebookEntry } from '../../../../../shared/model/codebook'
import { codebookActions } from '../store/actions'
import { useCodebookStore } from '../store/state'

/** What a code codes: every passage (a link to it in its article), how many per article, and shared codes. */
export function CodeReports({ code }: { code: CodebookEntry }) {
  const passages = useCodebookStore((s) => s.passages)
  const counts = useCodebookStore((s) => s.counts)
  const pairs = useCodebookStore((s) => s.pairs)
  const codes = useCodebookStore((s) => s.codes)
  const includeChildren = useCodebookStore((s) => s.includeChildren)
  const nameOf = (id: string) => codes.find((c) => c.id === id)?.name ?? ''
  const perArticle = counts.filter((c) => c.codeId === code.id)
  const shared = pairs.filter((p) => nameOf(p.codeId) && nameOf(p.otherCodeId))

  return (
    <div className="code-reports">
      <h3 className="section-title">Coded passages</h3>
      <label className="codebook-setting">
        <input
          type="checkbox"
          checked={includeChildren}
          onChange={(e) => void codebookActions.setIncludeChildren(e.target.checked)}
        />
        Include the codes under it
      </label>
      {passages.length === 0 ? (
        <p className="empty-state">No passages coded with “{code.name}” yet.</p>
      ) : (
        <ul className="coded-passages" aria-label="Coded passages">
          {passages.map((p) => (
            <li key={`${p.annotationId}-${p.codeId}`} className="coded-passage">
              <button
                type="button"
                className="passage-button"
                onClick={() => void codebookActions.openPassage(p.articleId, p.annotationId)}
              >
                <span className="coded-passage-title">{p.articleTitle}</span>
                <span className="coded-passage-text">{p.exact}</span>
                {p.note && <span className="coded-passage-note">{p.note}</span>}
                {p.codeId !== code.id && <span className="coded-passage-code">{nameOf(p.codeId)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="section-title">Passages per article</h3>
      {perArticle.length === 0 ? (
        <p className="empty-state">None yet.</p>
      ) : (
        <table className="code-table">
          <caption className="visually-hidden">{`Passages coded “${code.name}” per article`}</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Passages</th>
            </tr>
          </thead>
          <tbody>
            {perArticle.map((c) => (
              <tr key={c.articleId}>
                <td>{c.articleTitle}</td>
                <td>{c.passages}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="section-title">Codes that share passages</h3>
      {shared.length === 0 ? (
        <p className="empty-state">No two codes share a passage yet.</p>
      ) : (
        <table className="code-table">
          <caption className="visually-hidden">Codes applied to the same passages</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Code</th>
              <th scope="col">Shared passages</th>
            </tr>
          </thead>
          <tbody>
            {shared.map((p) => (
              <tr
                key={`${p.codeId}-${p.otherCodeId}`}
                className={p.codeId === code.id || p.otherCodeId === code.id ? 'is-current' : undefined}
              >
                <td>{nameOf(p.codeId)}</td>
                <td>{nameOf(p.otherCodeId)}</td>
                <td>{p.passages}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

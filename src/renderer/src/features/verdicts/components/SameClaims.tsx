import type { SameClaim, Verdict } from '../../../../../shared/model/verdict'
import { verdictsActions } from '../store/actions'
import { alsoIn, isLinked, sameArticles } from '../store/selectors'

/** "Also in N articles": the same claim elsewhere in the library, to open and to link under one verdict. */
export function SameClaims({ same, verdict }: { same: SameClaim[]; verdict: Verdict | null }) {
  const articles = sameArticles(same)
  if (!articles.length) return null
  return (
    <section className="same-claims" aria-label="The same claim in other articles">
      <h3 className="verdict-heading">{alsoIn(articles.length)}</h3>
      <ul className="same-list">
        {articles.map((s) => {
          const linked = isLinked(verdict, s)
          return (
            <li key={`${s.articleId}:${s.start}`} className="same-claim">
              <p className="same-title">{s.title}</p>
              <p className="same-text">{s.text}</p>
              <div className="same-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Open “${s.title}” at the claim`}
                  onClick={() => void verdictsActions.openClaim(s)}
                >
                  Open
                </button>
                {linked ? (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Unlink the claim in “${s.title}”`}
                    onClick={() => void verdictsActions.unlink(s, s.title)}
                  >
                    Unlink
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Link the claim in “${s.title}”`}
                    onClick={() => void verdictsActions.link(s)}
                  >
                    Link
                  </button>
                )}
              </div>
              {linked && <p className="same-linked">One verdict covers both.</p>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

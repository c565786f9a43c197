import type { Claim } from '../../../../../shared/model/analysis'
import { formatScore, reasonText } from '../lib/explain'
import { analysisActions } from '../store/actions'
import { claimShown, sourceById } from '../store/selectors'
import { useAnalysisStore } from '../store/state'
import { JudgeButton } from '../../verdicts/components/JudgeButton'
import { useReaderStore } from '../../reader/store/state'
import { AddToNotesButton } from './AddToNotesButton'

/** One claim: score, text (click to find it in the article), reasons, source, and "Add to notes". */
export function ClaimItem({ claim }: { claim: Claim }) {
  const source = useAnalysisStore((s) => sourceById(s.analysis, claim.sourceId))
  const articleId = useAnalysisStore((s) => s.articleId)
  const title = useReaderStore((s) => s.article?.title ?? '')
  const shown = useAnalysisStore((s) => claimShown(claim, s.claimThreshold))
  return (
    <li className={shown ? 'claim is-checkworthy' : 'claim'} data-claim-id={claim.id}>
      <div className="claim-head">
        <span className="claim-score" title="Check-worthiness, 0 to 1">
          {formatScore(claim.score)}
        </span>
        {source && <span className="claim-source">{source.name}</span>}
      </div>
      <button
        type="button"
        className="passage-button"
        onClick={() => analysisActions.revealClaim(claim.id)}
        title="Show in the article"
      >
        {claim.text}
      </button>
      {claim.reasons.length > 0 && (
        <ul className="reason-list" aria-label="Reasons">
          {claim.reasons.map((r) => (
            <li key={r} className={r.startsWith('numbers:inconsistent') ? 'reason is-warning' : 'reason'}>
              {reasonText(r)}
            </li>
          ))}
        </ul>
      )}
      <AddToNotesButton
        start={claim.start}
        end={claim.end}
        className="claim-add"
        onAdd={() => analysisActions.addClaimToNotes(claim.id)}
      />
      {articleId && (
        <JudgeButton
          articleId={articleId}
          articleTitle={title}
          start={claim.start}
          end={claim.end}
          text={claim.text}
        />
      )}
    </li>
  )
}

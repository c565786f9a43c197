import type { LedgerEntry } from '../store/selectors'
import { analysisActions } from '../store/actions'
import { SourceDetails } from './SourceDetails'

interface Props {
  entry: LedgerEntry
  /** The source is the one chosen: its words stand out in the reader and its quotes show here. */
  chosen: boolean
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** One source of the ledger: name, kind, role and counts; choosing it shows its quotes. */
export function SourceItem({ entry, chosen }: Props) {
  const { source, mentions, quotes, reported } = entry
  return (
    <li className={chosen ? 'source is-chosen' : 'source'} data-source-id={source.id}>
      <button
        type="button"
        className="source-choose"
        aria-pressed={chosen}
        onClick={() => analysisActions.chooseSource(source.id)}
      >
        <span className="source-name">{source.name}</span>
        <span className={`kind-badge kind-${source.kind.replace(' ', '-')}`}>{source.kind}</span>
        {source.role && <span className="source-role">{source.role}</span>}
        <span className="source-counts">
          {plural(mentions, 'mention', 'mentions')} · {plural(quotes.length, 'quote', 'quotes')} ·{' '}
          {reported.length} reported
        </span>
      </button>
      {chosen && <SourceDetails entry={entry} />}
    </li>
  )
}

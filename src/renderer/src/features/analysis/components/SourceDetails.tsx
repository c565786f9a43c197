import { useId } from 'react'
import type { LedgerEntry } from '../store/selectors'
import { analysisActions } from '../store/actions'
import { useReaderStore } from '../../reader/store/state'
import { AddToNotesButton } from './AddToNotesButton'

// Words of context shown either side of a mention.
const CONTEXT_CHARS = 40

function around(text: string, start: number, end: number): { before: string; words: string; after: string } {
  const from = Math.max(0, start - CONTEXT_CHARS)
  const to = Math.min(text.length, end + CONTEXT_CHARS)
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start).replace(/\s+/g, ' ').trimStart(),
    words: text.slice(start, end),
    after: text.slice(end, to).replace(/\s+/g, ' ').trimEnd() + (to < text.length ? '…' : ''),
  }
}

/** The chosen source's quotes, reported statements and mentions, each of which can be added to the notes. */
export function SourceDetails({ entry }: { entry: LedgerEntry }) {
  const text = useReaderStore((s) => s.article?.text ?? '')
  const quotesId = useId()
  const reportedId = useId()
  const mentionsId = useId()
  const { source, quotes, reported } = entry
  return (
    <div className="source-details">
      <h3 id={quotesId} className="notes-subtitle">
        Quotes
      </h3>
      {quotes.length === 0 ? (
        <p className="notes-empty">No quotes from {source.name}.</p>
      ) : (
        <ul className="detail-list" aria-labelledby={quotesId}>
          {quotes.map((q) => (
            <li key={q.id} className="detail-item">
              <blockquote className="detail-quote">{q.text}</blockquote>
              <AddToNotesButton start={q.start} end={q.end} onAdd={() => analysisActions.addQuoteToNotes(q.id)} />
            </li>
          ))}
        </ul>
      )}
      <h3 id={reportedId} className="notes-subtitle">
        Reported speech
      </h3>
      {reported.length === 0 ? (
        <p className="notes-empty">Nothing reported from {source.name} without quote marks.</p>
      ) : (
        <ul className="detail-list" aria-labelledby={reportedId}>
          {reported.map((a) => (
            <li key={a.id} className="detail-item">
              <p className="detail-reported">
                {a.cue && <span className="detail-cue">{text.slice(a.cue.start, a.cue.end)}: </span>}
                {text.slice(a.start, a.end)}
              </p>
              <AddToNotesButton start={a.start} end={a.end} onAdd={() => analysisActions.addReportedToNotes(a.id)} />
            </li>
          ))}
        </ul>
      )}
      <h3 id={mentionsId} className="notes-subtitle">
        Mentions
      </h3>
      <ul className="detail-list" aria-labelledby={mentionsId}>
        {source.mentions.map((m, i) => {
          const { before, words, after } = around(text, m.start, m.end)
          return (
            <li key={`${m.start}-${m.end}`} className="detail-item">
              <p className="detail-context">
                {before}
                <strong>{words}</strong>
                {after}
              </p>
              <AddToNotesButton
                start={m.start}
                end={m.end}
                onAdd={() => analysisActions.addMentionToNotes(source.id, i)}
              />
            </li>
          )
        })}
      </ul>
    </div>
  )
}

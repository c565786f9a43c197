import { type FormEvent, useId, useState } from 'react'
import type { EvidenceInput, EvidenceKind } from '../../../../../shared/model/verdict'
import { useReaderStore } from '../../reader/store/state'
import { verdictsActions } from '../store/actions'
import { EVIDENCE_KIND_LABELS } from '../store/selectors'

const KINDS: EvidenceKind[] = ['url', 'passage', 'file', 'note']

/** Checked here too, so that a mistyped address is pointed out before anything is sent. */
function webAddressError(text: string): string | null {
  try {
    const url = new URL(text.trim())
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return null
  } catch {
    // Not an address at all: the same message.
  }
  return 'Enter a web address starting with http:// or https://.'
}

/** "Add evidence": a web address, the passage selected in the reader, a file name or a note. */
export function EvidenceForm() {
  const [kind, setKind] = useState<EvidenceKind>('url')
  const [value, setValue] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const article = useReaderStore((s) => s.article)
  const selection = useReaderStore((s) => s.selection)
  const id = useId()

  function input(): EvidenceInput | string {
    const extra = note.trim() ? { note } : {}
    switch (kind) {
      case 'url':
        return webAddressError(value) ?? { kind: 'url', url: value.trim(), ...extra }
      case 'file':
        return value.trim() ? { kind: 'file', fileName: value.trim(), ...extra } : 'Enter the file’s name.'
      case 'passage':
        if (!article || !selection || selection.end <= selection.start) {
          return 'Select the passage in an article open in the reader first.'
        }
        return {
          kind: 'passage',
          articleId: article.id,
          start: selection.start,
          end: selection.end,
          ...extra,
        }
      default:
        return note.trim() ? { kind: 'note', note } : 'Write the note first.'
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const made = input()
    if (typeof made === 'string') {
      setError(made)
      return
    }
    setError(null)
    if (await verdictsActions.addEvidence(made)) {
      setValue('')
      setNote('')
    }
  }

  const passage = article && selection ? article.text.slice(selection.start, selection.end) : ''
  return (
    <form className="evidence-form" aria-label="Add evidence" noValidate onSubmit={(e) => void onSubmit(e)}>
      <div className="field">
        <label htmlFor={`${id}-kind`} className="field-label">
          Kind of evidence
        </label>
        <select
          id={`${id}-kind`}
          className="text-input"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as EvidenceKind)
            setError(null)
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {EVIDENCE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      {(kind === 'url' || kind === 'file') && (
        <div className="field">
          <label htmlFor={`${id}-value`} className="field-label">
            {kind === 'url' ? 'Web address' : 'File name'}
          </label>
          <input
            id={`${id}-value`}
            className="text-input"
            type={kind === 'url' ? 'url' : 'text'}
            value={value}
            placeholder={kind === 'url' ? 'https://' : 'report.pdf'}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
      )}
      {kind === 'passage' && (
        <p className="evidence-passage">
          {passage
            ? `The passage selected in “${article?.title}”: “${passage.slice(0, 200)}${passage.length > 200 ? '…' : ''}”`
            : 'Open another article in the reader and select the passage; it is added from there.'}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`} className="field-label">
          {kind === 'note' ? 'Note' : 'Note (optional)'}
        </label>
        <textarea
          id={`${id}-note`}
          className="text-input"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {error && (
        <p className="verdict-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-small">
        Add evidence
      </button>
    </form>
  )
}

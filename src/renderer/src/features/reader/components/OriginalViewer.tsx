import { useEffect, useRef } from 'react'
import type { OriginalFile } from '../../../../../shared/model/import'
import { readerActions } from '../store/actions'

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/**
 * The original file as plain text in a modal panel. Its markup is shown, never rendered, so
 * nothing in it runs or loads.
 */
export function OriginalViewer({ original }: { original: OriginalFile }) {
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    closeRef.current?.focus()
    return () => previous?.focus?.()
  }, [])
  return (
    <div className="modal-backdrop" onClick={() => readerActions.closeOriginal()}>
      <div
        className="modal original-viewer"
        role="dialog"
        aria-modal="true"
        aria-label="Original file"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault()
            readerActions.closeOriginal()
          }
        }}
      >
        <header className="modal-header">
          <div>
            <h2 className="modal-title">{original.fileName}</h2>
            <p className="modal-subtitle">
              {original.format.toUpperCase()} · {size(original.bytes)} · shown as text: nothing in it is run or loaded
            </p>
          </div>
          <button ref={closeRef} type="button" className="button" onClick={() => readerActions.closeOriginal()}>
            Close
          </button>
        </header>
        {original.text === null ? (
          <p className="original-binary">
            This original is a binary file; the reader shows the text Dossier extracted from it.
          </p>
        ) : (
          <pre className="original-text" tabIndex={0}>
            {original.text}
            {original.truncated && '\n\n… (the rest of this long file is not shown)'}
          </pre>
        )}
      </div>
    </div>
  )
}

import { libraryActions } from '../store/actions'

/** What the library shows before anything is imported. */
export function LibraryEmpty({ importing }: { importing: boolean }) {
  return (
    <div className="library-empty">
      <h1 className="library-empty-title">Your library is empty</h1>
      <p>
        Dossier keeps the articles you are working on, with your highlights and notes, on this computer.
        Import what you saved — a web page (HTML or MHTML), a PDF, an EPUB, Markdown or plain
        text — to start.
      </p>
      <div className="button-column">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void libraryActions.importSample()}
          disabled={importing}
        >
          Open the sample article
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void libraryActions.importDialog()}
          disabled={importing}
        >
          Import…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void libraryActions.importFolder()}
          disabled={importing}
        >
          Import folder…
        </button>
      </div>
      <p className="hint">You can also drop files anywhere on this window.</p>
    </div>
  )
}

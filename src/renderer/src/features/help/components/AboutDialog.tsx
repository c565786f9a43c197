import { ModalFrame } from '../../../components/ModalFrame'
import { helpActions } from '../store/actions'
import { useHelpStore } from '../store/state'

/** Help → About Dossier: the version, where the library is, and the licences of the libraries the app carries. */
export function AboutDialog() {
  const open = useHelpStore((s) => s.aboutOpen)
  const about = useHelpStore((s) => s.about)
  const error = useHelpStore((s) => s.aboutError)
  if (!open) return null
  return (
    <ModalFrame title="About Dossier" className="about-dialog" onClose={helpActions.closeAbout}>
      {/* The licence list is long: the body scrolls and takes focus so the keyboard can scroll it. */}
      <div className="about-body" tabIndex={0} role="group" aria-label="About Dossier">
        {error && (
          <p role="alert" className="about-error">
            {error}
          </p>
        )}
        {!about && !error && <p className="about-muted">Loading…</p>}
        {about && (
          <>
            <dl className="about-facts">
              <dt>Version</dt>
              <dd data-about="version">{about.version}</dd>
              <dt>Library folder</dt>
              <dd data-about="library-folder">
                <code>{about.libraryFolder}</code>
              </dd>
            </dl>
            <p className="about-muted">
              Dossier works on your machine only: it never updates itself and sends nothing anywhere.
            </p>
            <h3 className="about-heading">Libraries Dossier carries</h3>
            {about.licenses.length === 0 ? (
              <p className="about-muted">
                This build has no list of its libraries (it is written by npm run build).
              </p>
            ) : (
              <table className="about-licenses">
                <thead>
                  <tr>
                    <th scope="col">Library</th>
                    <th scope="col">Version</th>
                    <th scope="col">Licence</th>
                  </tr>
                </thead>
                <tbody>
                  {about.licenses.map((entry) => (
                    <tr key={`${entry.name}@${entry.version}`}>
                      <th scope="row">{entry.name}</th>
                      <td>{entry.version}</td>
                      <td>{entry.license}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </ModalFrame>
  )
}

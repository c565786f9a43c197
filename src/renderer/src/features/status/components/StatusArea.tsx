import { statusActions } from '../store/actions'
import { useStatusStore } from '../store/state'

/** The live regions for outcomes (role="status") and failures (role="alert", dismissible). */
export function StatusArea() {
  const messages = useStatusStore((s) => s.messages)
  const alerts = useStatusStore((s) => s.alerts)
  return (
    <div className="status-area">
      {alerts.length > 0 && (
        <div role="alert" className="status-alert">
          <ul className="status-lines">
            {alerts.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" className="button button-quiet" onClick={statusActions.dismissAlerts}>
            Dismiss
          </button>
        </div>
      )}
      <div role="status" className={messages.length ? 'status-message' : 'status-message is-empty'}>
        {messages.length > 0 && (
          <ul className="status-lines">
            {messages.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}

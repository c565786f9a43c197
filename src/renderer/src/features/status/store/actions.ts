import { useStatusStore } from './state'

// Long enough to read two lines; failures never fade, they wait to be dismissed.
const MESSAGE_LIFETIME_MS = 10_000

let fadeTimer: ReturnType<typeof setTimeout> | undefined

export const statusActions = {
  /** Replaces the status lines with the outcome of the latest operation. */
  show(messages: string | string[]): void {
    const lines = typeof messages === 'string' ? [messages] : messages
    clearTimeout(fadeTimer)
    useStatusStore.setState({ messages: lines })
    if (lines.length)
      fadeTimer = setTimeout(() => useStatusStore.setState({ messages: [] }), MESSAGE_LIFETIME_MS)
  },

  /** Adds failures to the alert list (duplicates of what is already shown are skipped). */
  alert(messages: string | string[]): void {
    const lines = typeof messages === 'string' ? [messages] : messages
    if (!lines.length) return
    const current = useStatusStore.getState().alerts
    useStatusStore.setState({ alerts: [...current, ...lines.filter((l) => !current.includes(l))] })
  },

  dismissAlerts(): void {
    useStatusStore.setState({ alerts: [] })
  },

  clearMessages(): void {
    clearTimeout(fadeTimer)
    useStatusStore.setState({ messages: [] })
  },
}

import { api, errorMessage } from '../../../lib/api'
import { useHelpStore } from './state'

export const helpActions = {
  openShortcuts(): void {
    useHelpStore.setState({ shortcutsOpen: true })
  },

  closeShortcuts(): void {
    useHelpStore.setState({ shortcutsOpen: false })
  },

  /** Opens About Dossier and asks main for the version, the library folder and the licences. */
  async openAbout(): Promise<void> {
    useHelpStore.setState({ aboutOpen: true, about: null, aboutError: null })
    try {
      const about = await api.app.about()
      useHelpStore.setState({ about })
    } catch (error) {
      useHelpStore.setState({ aboutError: errorMessage(error) })
    }
  },

  closeAbout(): void {
    useHelpStore.setState({ aboutOpen: false })
  },
}

import { useHelpStore } from './state'

export const helpActions = {
  openShortcuts(): void {
    useHelpStore.setState({ shortcutsOpen: true })
  },

  closeShortcuts(): void {
    useHelpStore.setState({ shortcutsOpen: false })
  },
}

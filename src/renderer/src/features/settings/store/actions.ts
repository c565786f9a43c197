import { api, errorMessage } from '../../../lib/api'
import { libraryActions } from '../../library/store/actions'
import { useSettingsStore } from './state'

const set = useSettingsStore.setState

export const settingsActions = {
  /** Opens Settings and asks main where the library is. */
  async open(): Promise<void> {
    set({ open: true, message: null, error: null })
    try {
      set({ location: await api.settings.libraryLocation() })
    } catch (error) {
      set({ error: errorMessage(error) })
    }
  },

  close(): void {
    if (!useSettingsStore.getState().moving) set({ open: false })
  },

  /** Settings → Library location → Move Library…: main asks for the folder, copies, checks and switches. */
  async moveLibrary(): Promise<void> {
    if (useSettingsStore.getState().moving) return
    set({ moving: true, message: null, error: null })
    try {
      const location = await api.settings.moveLibrary()
      if (location) {
        set({ location, message: `The library is now in “${location.folder}”.` })
        await libraryActions.load()
      }
    } catch (error) {
      set({ error: errorMessage(error) })
    } finally {
      set({ moving: false })
    }
  },
}

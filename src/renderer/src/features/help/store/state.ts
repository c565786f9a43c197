import { create } from 'zustand'
import type { AboutInfo } from '../../../../../shared/model/app'

export interface HelpState {
  /** The Keyboard Shortcuts dialog is open. */
  shortcutsOpen: boolean
  /** The About Dossier dialog is open. */
  aboutOpen: boolean
  /** What About shows, once main has answered. */
  about: AboutInfo | null
  /** Why About could not be shown. */
  aboutError: string | null
}

export const initialHelpState: HelpState = { shortcutsOpen: false, aboutOpen: false, about: null, aboutError: null }

export const useHelpStore = create<HelpState>()(() => initialHelpState)

import { create } from 'zustand'

export interface HelpState {
  /** The Keyboard Shortcuts dialog is open. */
  shortcutsOpen: boolean
}

export const initialHelpState: HelpState = { shortcutsOpen: false }

export const useHelpStore = create<HelpState>()(() => initialHelpState)

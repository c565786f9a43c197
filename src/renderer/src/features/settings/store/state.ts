import { create } from 'zustand'
import type { LibraryLocation } from '../../../../../shared/model/app'

export interface SettingsState {
  /** The Settings dialog is open. */
  open: boolean
  /** Where the library is, once main has answered. */
  location: LibraryLocation | null
  /** A move is running: the button waits. */
  moving: boolean
  /** What the last move did, for the person to read. */
  message: string | null
  error: string | null
}

export const initialSettingsState: SettingsState = {
  open: false,
  location: null,
  moving: false,
  message: null,
  error: null,
}

export const useSettingsStore = create<SettingsState>()(() => initialSettingsState)

import { create } from 'zustand'

/** What the status area shows: the latest outcome, and failures until the user dismisses them. */
export interface StatusState {
  /** Lines describing the latest finished operation (announced politely). */
  messages: string[]
  /** Error messages, exactly as main wrote them (announced at once). */
  alerts: string[]
}

export const initialStatusState: StatusState = { messages: [], alerts: [] }

export const useStatusStore = create<StatusState>()(() => initialStatusState)

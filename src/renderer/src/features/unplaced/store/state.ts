import { create } from 'zustand'
import type { OrphanAnnotation } from '../../../../../shared/model/annotation'

export interface UnplacedState {
  /** The Unplaced annotations dialog is open. */
  open: boolean
  /** The orphans as main last answered; null while the first answer is awaited. */
  orphans: OrphanAnnotation[] | null
  /** Why the list could not be read or an orphan deleted, shown in the dialog. */
  error: string | null
}

export const initialUnplacedState: UnplacedState = { open: false, orphans: null, error: null }

export const useUnplacedStore = create<UnplacedState>()(() => initialUnplacedState)

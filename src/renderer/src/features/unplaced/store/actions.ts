import { api, errorMessage } from '../../../lib/api'
import { useUnplacedStore } from './state'

const set = useUnplacedStore.setState

async function reload(): Promise<void> {
  try {
    set({ orphans: await api.annotations.orphans(), error: null })
  } catch (error) {
    set({ error: errorMessage(error) })
  }
}

export const unplacedActions = {
  /** Opens the dialog and fetches the orphans afresh (an import may have placed some meanwhile). */
  async open(): Promise<void> {
    set({ open: true, orphans: null, error: null })
    await reload()
  },

  close(): void {
    set({ open: false })
  },

  /** Deletes one orphan for good, then shows the list as main now holds it. */
  async remove(id: string): Promise<void> {
    let failure: string | null = null
    try {
      await api.annotations.deleteOrphan(id)
    } catch (error) {
      failure = errorMessage(error)
    }
    await reload()
    if (failure) set({ error: failure })
  },
}

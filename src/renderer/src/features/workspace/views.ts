import type { WorkspaceView } from './store/state'

/** The centre's views, in the order of their tabs. */
export const WORKSPACE_VIEWS: readonly { view: WorkspaceView; label: string }[] = [
  { view: 'reader', label: 'Reader' },
  { view: 'codes', label: 'Codes' },
  { view: 'claims', label: 'Claims board' },
  { view: 'tags', label: 'Tags' },
]

import { create } from 'zustand'

/**
 * What the centre of the window shows: the reader of one article, or a view across the library
 * (every view is listed in `views.ts`, in the order of its tab).
 */
export type WorkspaceView = 'reader' | 'codes' | 'claims' | 'tags'

export interface WorkspaceState {
  view: WorkspaceView
}

export const initialWorkspaceState: WorkspaceState = { view: 'reader' }

export const useWorkspaceStore = create<WorkspaceState>()(() => initialWorkspaceState)

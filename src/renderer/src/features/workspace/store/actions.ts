import { type WorkspaceView, useWorkspaceStore } from './state'

export const workspaceActions = {
  /** Shows a view in the centre of the window (opening an article shows the reader again). */
  show(view: WorkspaceView): void {
    useWorkspaceStore.setState({ view })
  },
}

import { useEffect } from 'react'
import { useAppCommands } from './app/commands'
import { Workspace } from './app/Workspace'
import { SidePane } from './features/analysis/components/SidePane'
import { ExportDialog } from './features/export/components/ExportDialog'
import { AboutDialog } from './features/help/components/AboutDialog'
import { ShortcutsDialog } from './features/help/components/ShortcutsDialog'
import { Panes } from './features/layout/components/Panes'
import { DeleteArticleDialog } from './features/library/components/DeleteArticleDialog'
import { DropOverlay } from './features/library/components/DropOverlay'
import { LibraryPane } from './features/library/components/LibraryPane'
import { libraryActions } from './features/library/store/actions'
import { CommandPalette } from './features/palette/components/CommandPalette'
import { SettingsDialog } from './features/settings/components/SettingsDialog'
import { StatusArea } from './features/status/components/StatusArea'
import { UnplacedDialog } from './features/unplaced/components/UnplacedDialog'

/** The window: library, reader and the notes/sources/claims pane side by side (resizable), with a status bar beneath. */
export function App() {
  useAppCommands()
  useEffect(() => {
    // Files the OS asked to open before the window was listening come last: their article wins.
    void libraryActions.load().then(libraryActions.reopenLast).then(libraryActions.takeOpenedFiles)
  }, [])
  return (
    <div className="app">
      <Panes library={<LibraryPane />} reader={<Workspace />} side={<SidePane />} />
      <StatusArea />
      <DropOverlay />
      <ShortcutsDialog />
      <DeleteArticleDialog />
      <CommandPalette />
      <ExportDialog />
      <UnplacedDialog />
      <AboutDialog />
      <SettingsDialog />
    </div>
  )
}

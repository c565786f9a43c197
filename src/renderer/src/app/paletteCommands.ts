import type { ShortcutId } from '../../../shared/shortcuts'
import { codebookActions } from '../features/codebook/store/actions'
import { casesActions } from '../features/cases/store/actions'
import { useCasesStore } from '../features/cases/store/state'
import { helpActions } from '../features/help/store/actions'
import { settingsActions } from '../features/settings/store/actions'
import { layoutActions } from '../features/layout/store/actions'
import { libraryActions } from '../features/library/store/actions'
import { hasFilters } from '../features/library/store/listFilters'
import { useLibraryStore } from '../features/library/store/state'
import { notesActions } from '../features/notes/store/actions'
import { useNotesStore } from '../features/notes/store/state'
import { readerActions } from '../features/reader/store/actions'
import { useReaderStore } from '../features/reader/store/state'
import { searchActions } from '../features/search/store/actions'
import { workspaceActions } from '../features/workspace/store/actions'
import { verdictsActions } from '../features/verdicts/store/actions'
import { runCommand, undoLast } from './commands'
import { openExportDialog } from './exportContext'

/** One action of the command palette (Ctrl/Cmd+K). */
export interface PaletteCommand {
  id: string
  /** What the palette lists and matches what is typed against: "Export notes as Markdown". */
  title: string
  /** The heading it is listed under. */
  group: string
  /** Its keyboard shortcut, shown beside it. */
  shortcut?: ShortcutId
  run(): void
  /** Whether it can run now (an article open, text selected…); left out, always. */
  available?(): boolean
}

const articleOpen = () => useReaderStore.getState().article !== null
const notesOpen = () => useNotesStore.getState().articleId !== null
const shownCase = () => {
  const { scope } = useCasesStore.getState()
  return scope.kind === 'case' ? scope.id : null
}
/** Acts on the case the library shows, in the library (where its field or confirmation appears). */
const onShownCase = (act: (id: string) => void) => () => {
  const id = shownCase()
  if (!id) return
  layoutActions.reveal('library')
  act(id)
}

/**
 * Every action a person can take from the keyboard, in one list: each feature adds its own here,
 * so that nothing is reachable only with the mouse.
 */
export const PALETTE_COMMANDS: readonly PaletteCommand[] = [
  {
    id: 'import',
    title: 'Import articles…',
    group: 'Library',
    shortcut: 'import',
    run: () => runCommand('import'),
  },
  {
    id: 'import-folder',
    title: 'Import a folder…',
    group: 'Library',
    shortcut: 'import-folder',
    run: () => runCommand('import-folder'),
  },
  {
    id: 'import-annotations',
    title: 'Import annotations…',
    group: 'Library',
    shortcut: 'import-annotations',
    run: () => runCommand('import-annotations'),
  },
  {
    id: 'unplaced-annotations',
    title: 'Unplaced annotations… (imported, fitting no article yet)',
    group: 'Library',
    shortcut: 'unplaced-annotations',
    run: () => runCommand('unplaced-annotations'),
  },
  {
    id: 'import-sample',
    title: 'Open the sample article',
    group: 'Library',
    run: () => void libraryActions.importSample(),
  },
  {
    id: 'refresh',
    title: 'Reload the library',
    group: 'Library',
    shortcut: 'refresh',
    run: () => runCommand('refresh'),
  },
  {
    id: 'search-library',
    title: 'Search the library',
    group: 'Search',
    shortcut: 'search-library',
    run: () => runCommand('search-library'),
  },
  {
    id: 'find',
    title: 'Find in the article',
    group: 'Search',
    shortcut: 'find',
    run: () => runCommand('find'),
    available: articleOpen,
  },
  {
    id: 'find-next',
    title: 'Next match in the article',
    group: 'Search',
    shortcut: 'find-next',
    run: () => searchActions.step(1),
    available: articleOpen,
  },
  {
    id: 'find-previous',
    title: 'Previous match in the article',
    group: 'Search',
    shortcut: 'find-previous',
    run: () => searchActions.step(-1),
    available: articleOpen,
  },
  {
    id: 'export-md',
    title: 'Export notes as Markdown…',
    group: 'Notes',
    shortcut: 'export-md',
    run: () => void notesActions.exportNotes('md'),
    available: notesOpen,
  },
  {
    id: 'export-json',
    title: 'Export notes as JSON…',
    group: 'Notes',
    shortcut: 'export-json',
    run: () => void notesActions.exportNotes('json'),
    available: notesOpen,
  },
  {
    id: 'undo',
    title: 'Undo the last change',
    group: 'Edit',
    shortcut: 'undo',
    run: () => void undoLast('undo'),
  },
  {
    id: 'redo',
    title: 'Redo the change undone',
    group: 'Edit',
    shortcut: 'redo',
    run: () => void undoLast('redo'),
  },
  {
    id: 'toggle-library',
    title: 'Show or hide the library',
    group: 'View',
    shortcut: 'toggle-library',
    run: () => layoutActions.togglePane('library'),
  },
  {
    id: 'toggle-side',
    title: 'Show or hide the notes, sources and claims pane',
    group: 'View',
    shortcut: 'toggle-side',
    run: () => layoutActions.togglePane('side'),
  },
  {
    id: 'focus-mode',
    title: 'Focus mode',
    group: 'View',
    shortcut: 'focus-mode',
    run: () => layoutActions.toggleFocus(),
  },
  {
    id: 'focus-article',
    title: 'Put the focus on the article text',
    group: 'Reading',
    shortcut: 'focus-article',
    run: () => readerActions.focusText(),
    available: articleOpen,
  },
  {
    id: 'shortcuts',
    title: 'Show the keyboard shortcuts',
    group: 'Help',
    shortcut: 'shortcuts',
    run: () => helpActions.openShortcuts(),
  },
  {
    id: 'about',
    title: 'About Dossier: version, library folder, licences',
    group: 'Help',
    run: () => void helpActions.openAbout(),
  },
  {
    id: 'settings',
    title: 'Settings: library location',
    group: 'Library',
    shortcut: 'settings',
    run: () => void settingsActions.open(),
  },
  {
    id: 'open-codes',
    title: 'Open the Codes view',
    group: 'Codebook',
    run: () => workspaceActions.show('codes'),
  },
  {
    id: 'code-passage',
    title: 'Code the selected text…',
    group: 'Codebook',
    shortcut: 'code-passage',
    run: () => codebookActions.openCoding(),
    available: () => articleOpen() && useReaderStore.getState().selection !== null,
  },
  {
    id: 'new-code',
    title: 'New code…',
    group: 'Codebook',
    run: () => {
      workspaceActions.show('codes')
      codebookActions.startCreate(null)
    },
  },
  {
    id: 'claims-board',
    title: 'Open the Claims board',
    group: 'Verdicts',
    run: () => void verdictsActions.showBoard(),
  },
  {
    id: 'judge-selection',
    title: 'Judge the selected claim…',
    group: 'Verdicts',
    run: () => {
      const { article, selection } = useReaderStore.getState()
      if (!article || !selection) return
      void verdictsActions.judge({
        articleId: article.id,
        start: selection.start,
        end: selection.end,
        text: article.text.slice(selection.start, selection.end),
        articleTitle: article.title,
      })
    },
    available: () => useReaderStore.getState().selection !== null,
  },
  {
    id: 'delete-article',
    title: 'Delete the selected article…',
    group: 'Library',
    shortcut: 'delete-article',
    run: () => {
      const id = useLibraryStore.getState().selectedId
      if (id) libraryActions.askDelete(id)
    },
    available: () => useLibraryStore.getState().selectedId !== null,
  },
  {
    id: 'clear-filters',
    title: 'Clear the library filters',
    group: 'Library',
    run: () => void libraryActions.clearListFilters(),
    available: () => hasFilters(useLibraryStore.getState().listFilters),
  },
  {
    id: 'show-tags',
    title: 'Show the tags: rename, merge, list their articles',
    group: 'View',
    run: () => workspaceActions.show('tags'),
  },
  {
    id: 'new-case',
    title: 'New case…',
    group: 'Cases',
    run: () => {
      layoutActions.reveal('library')
      casesActions.startCreate()
    },
  },
  {
    id: 'rename-case',
    title: 'Rename the case shown…',
    group: 'Cases',
    run: onShownCase((id) => casesActions.startRename(id)),
    available: () => shownCase() !== null,
  },
  {
    id: 'delete-case',
    title: 'Delete the case shown…',
    group: 'Cases',
    run: onShownCase((id) => casesActions.askDelete(id)),
    available: () => shownCase() !== null,
  },
  {
    id: 'export',
    title: 'Export… (a format, and an article, a case, a code or the library)',
    group: 'Library',
    shortcut: 'export',
    run: openExportDialog,
  },
]

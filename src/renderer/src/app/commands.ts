import { useEffect } from 'react'
import type { Command } from '../../../shared/ipc/contract'
import { matchesShortcut, type KeyPress } from '../../../shared/shortcuts'
import { api, onAppEvent } from '../lib/api'
import { isTextField } from '../lib/dom'
import { openExportDialog } from './exportContext'
import { useExportStore } from '../features/export/store/state'
import { helpActions } from '../features/help/store/actions'
import { historyActions } from '../features/history/store/actions'
import { useHelpStore } from '../features/help/store/state'
import { layoutActions } from '../features/layout/store/actions'
import { useLayoutStore } from '../features/layout/store/state'
import { libraryActions } from '../features/library/store/actions'
import { notesActions } from '../features/notes/store/actions'
import { paletteActions } from '../features/palette/store/actions'
import { usePaletteStore } from '../features/palette/store/state'
import { readerActions } from '../features/reader/store/actions'
import { useReaderStore } from '../features/reader/store/state'
import { searchActions } from '../features/search/store/actions'
import { unplacedActions } from '../features/unplaced/store/actions'
import { useUnplacedStore } from '../features/unplaced/store/state'
import { settingsActions } from '../features/settings/store/actions'
import { useSettingsStore } from '../features/settings/store/state'

/** Runs a menu command. */
export function runCommand(command: Command): void {
  switch (command) {
    case 'import':
      void libraryActions.importDialog()
      break
    case 'import-annotations':
      void libraryActions.importAnnotations()
      break
    case 'unplaced-annotations':
      void unplacedActions.open()
      break
    case 'import-folder':
      // Its progress and Cancel button are in the library.
      layoutActions.reveal('library')
      void libraryActions.importFolder()
      break
    case 'refresh':
      void libraryActions.load()
      break
    case 'find':
      find()
      break
    case 'find-next':
      searchActions.step(1)
      break
    case 'find-previous':
      searchActions.step(-1)
      break
    case 'search-library':
      searchLibrary()
      break
    case 'export-md':
      void notesActions.exportNotes('md')
      break
    case 'export-json':
      void notesActions.exportNotes('json')
      break
    // Edit → Undo/Redo Change: the window's history, wherever the focus is (the Edit menu's plain
    // Undo and Redo edit the text of a focused field).
    case 'undo':
      void undoLast('undo')
      break
    case 'redo':
      void undoLast('redo')
      break
    case 'toggle-library':
      layoutActions.togglePane('library')
      break
    case 'toggle-side':
      layoutActions.togglePane('side')
      break
    case 'focus-mode':
      layoutActions.toggleFocus()
      break
    case 'shortcuts':
      helpActions.openShortcuts()
      break
    case 'palette':
      paletteActions.toggle()
      break
    case 'export':
      openExportDialog()
      break
    case 'about':
      void helpActions.openAbout()
      break
    case 'settings':
      void settingsActions.open()
      break
  }
}

function searchLibrary(): void {
  layoutActions.reveal('library')
  searchActions.focusSearch()
}

/** Find in the open article; with none open, there is only the library to search. */
function find(): void {
  if (useReaderStore.getState().article) searchActions.openFind()
  else searchLibrary()
}

/**
 * Undoes (or redoes) the latest change, whichever kind: an annotation change goes to the notes
 * store's own history, any other change (cases, codes, tags, verdicts, deleted articles) to the
 * window's history.
 */
export async function undoLast(direction: 'undo' | 'redo'): Promise<void> {
  const lane = historyActions.next(direction)
  if (lane === 'library') {
    await historyActions.step(direction)
    return
  }
  if (lane !== 'notes') return
  historyActions.passNoteChange(direction)
  await (direction === 'undo' ? notesActions.undo() : notesActions.redo())
}

/** Which annotation history step a key press asks for, if any. */
export function historyKey(event: KeyPress): 'undo' | 'redo' | null {
  if (matchesShortcut('undo', event)) return 'undo'
  if (matchesShortcut('redo', event)) return 'redo'
  return null
}

// Window-wide keys that type nothing, so they work in text fields too.
const CHORD_COMMANDS = [
  ['toggle-library', () => layoutActions.togglePane('library')],
  ['toggle-side', () => layoutActions.togglePane('side')],
  ['focus-mode', () => layoutActions.toggleFocus()],
  ['focus-article', () => readerActions.focusText()],
  ['find', find],
  ['find-next', () => searchActions.step(1)],
  ['find-previous', () => searchActions.step(-1)],
  ['search-library', searchLibrary],
  ['palette', paletteActions.toggle],
] as const

/**
 * Window-wide shortcuts (from the shortcuts table). Outside text fields, Ctrl/Cmd+Z undoes the
 * last change and Ctrl+Shift+Z, Ctrl+Y or Cmd+Shift+Z redoes it; in a text field the
 * keys are left to the field's own typing undo. While the shortcuts dialog or the command palette
 * is open it has the keys.
 */
export function onGlobalKeyDown(event: KeyboardEvent): void {
  if (
    event.defaultPrevented ||
    useHelpStore.getState().shortcutsOpen ||
    usePaletteStore.getState().open ||
    useExportStore.getState().open ||
    useUnplacedStore.getState().open ||
    useHelpStore.getState().aboutOpen ||
    useSettingsStore.getState().open
  )
    return
  const chord = CHORD_COMMANDS.find(([id]) => matchesShortcut(id, event))
  if (chord) {
    event.preventDefault()
    chord[1]()
    return
  }
  if (isTextField(event.target)) return
  if (matchesShortcut('shortcuts', event)) {
    event.preventDefault()
    helpActions.openShortcuts()
    return
  }
  if (matchesShortcut('leave-focus-mode', event) && useLayoutStore.getState().focus) {
    event.preventDefault()
    layoutActions.toggleFocus()
    return
  }
  const step = historyKey(event)
  if (!step) return
  event.preventDefault()
  void undoLast(step)
}

/** Wires menu commands and window-wide shortcuts for as long as the app is mounted. */
export function useAppCommands(): void {
  useEffect(() => {
    const unsubscribe = api.onCommand(runCommand)
    const unsubscribeEvents = onAppEvent((event) => {
      if (event.type === 'files-opened') void libraryActions.takeOpenedFiles()
    })
    // Typing still waiting for its debounce is sent before the window goes away.
    const flush = () => void notesActions.flush()
    window.addEventListener('keydown', onGlobalKeyDown)
    window.addEventListener('pagehide', flush)
    return () => {
      unsubscribe()
      unsubscribeEvents()
      window.removeEventListener('keydown', onGlobalKeyDown)
      window.removeEventListener('pagehide', flush)
    }
  }, [])
}

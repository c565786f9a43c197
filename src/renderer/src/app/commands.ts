import { useEffect } from 'react'
import type { Command } from '../../../shared/ipc/contract'
import { api } from '../lib/api'
import { isPrimaryModifier, isTextField } from '../lib/dom'
import { libraryActions } from '../features/library/store/actions'
import { notesActions } from '../features/notes/store/actions'

/** Runs a menu command. */
export function runCommand(command: Command): void {
  switch (command) {
    case 'import':
      void libraryActions.importDialog()
      break
    case 'import-folder':
      void libraryActions.importFolder()
      break
    case 'refresh':
      void libraryActions.load()
      break
    case 'find':
      libraryActions.focusFilter()
      break
    case 'export-md':
      void notesActions.exportNotes('md')
      break
    case 'export-json':
      void notesActions.exportNotes('json')
      break
    // Edit → Undo/Redo Annotation Change: the annotation history, wherever the focus is (the
    // Edit menu's plain Undo and Redo edit the text of a focused field).
    case 'undo':
      void notesActions.undo()
      break
    case 'redo':
      void notesActions.redo()
      break
  }
}

/** Which annotation history step a key press asks for, if any. */
export function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (event.altKey || !isPrimaryModifier(event)) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  // Ctrl+Y is the Windows and Linux habit; on macOS Cmd+Y is not redo.
  if (key === 'y' && event.ctrlKey && !event.metaKey && !event.shiftKey) return 'redo'
  return null
}

/**
 * Outside text fields, Ctrl/Cmd+Z undoes the last annotation change and Ctrl+Shift+Z, Ctrl+Y or
 * Cmd+Shift+Z redoes it. In a text field the keys are left to the field's own typing undo.
 */
export function onGlobalKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || isTextField(event.target)) return
  const step = historyKey(event)
  if (!step) return
  event.preventDefault()
  void (step === 'undo' ? notesActions.undo() : notesActions.redo())
}

/** Wires menu commands and window-wide shortcuts for as long as the app is mounted. */
export function useAppCommands(): void {
  useEffect(() => {
    const unsubscribe = api.onCommand(runCommand)
    // Typing still waiting for its debounce is sent before the window goes away.
    const flush = () => void notesActions.flush()
    window.addEventListener('keydown', onGlobalKeyDown)
    window.addEventListener('pagehide', flush)
    return () => {
      unsubscribe()
      window.removeEventListener('keydown', onGlobalKeyDown)
      window.removeEventListener('pagehide', flush)
    }
  }, [])
}

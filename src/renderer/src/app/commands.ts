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
    case 'undo':
      // In a text field, Undo means the field's own typing undo.
      if (isTextField(document.activeElement)) document.execCommand('undo')
      else void notesActions.undo()
      break
  }
}

/** Ctrl/Cmd+Z outside text fields undoes the last annotation change. */
export function onGlobalKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || isTextField(event.target)) return
  if (isPrimaryModifier(event) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
    event.preventDefault()
    void notesActions.undo()
  }
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

import { useEffect, useRef, useState } from 'react'
import { libraryActions } from '../store/actions'

function carriesFiles(event: DragEvent): boolean {
  return !!event.dataTransfer && [...event.dataTransfer.types].includes('Files')
}

/** Accepts files dropped anywhere on the window and imports them. */
export function DropOverlay() {
  const [active, setActive] = useState(false)
  // dragenter/dragleave fire for every element crossed; count them to know when the drag leaves.
  const depth = useRef(0)

  useEffect(() => {
    function onDragEnter(event: DragEvent) {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth.current++
      setActive(true)
    }
    function onDragOver(event: DragEvent) {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    function onDragLeave(event: DragEvent) {
      if (!carriesFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setActive(false)
    }
    function onDrop(event: DragEvent) {
      // Always stop the default: a file dropped on the window must never be opened as a page.
      event.preventDefault()
      depth.current = 0
      setActive(false)
      const files = [...(event.dataTransfer?.files ?? [])]
      if (files.length) void libraryActions.importFiles(files)
    }
    window.addEventListener('dragenter', onDragEnter)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('dragleave', onDragLeave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onDragEnter)
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('dragleave', onDragLeave)
      window.removeEventListener('drop', onDrop)
    }
  }, [])

  if (!active) return null
  return (
    <div className="drop-overlay">
      <p className="drop-overlay-label">Drop to import</p>
    </div>
  )
}

import { useRef } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'
import { layoutActions } from '../store/actions'
import type { PaneSize } from '../store/selectors'
import type { ResizablePane } from '../store/state'

// One arrow press moves the splitter this far; Home and End go to the ends.
export const KEY_STEP_PX = 16

const LABELS: Record<ResizablePane, string> = { library: 'Library width', side: 'Side pane width' }

interface PaneSplitterProps {
  pane: ResizablePane
  size: PaneSize
}

/** The line between a side pane and the reader: drag it, or focus it and use the arrow keys; double-click resets. */
export function PaneSplitter({ pane, size }: PaneSplitterProps) {
  // The library grows as the splitter moves right, the side pane as it moves left.
  const direction = pane === 'library' ? 1 : -1
  const drag = useRef<{ x: number; width: number } | null>(null)

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return
    event.preventDefault()
    event.currentTarget.focus()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { x: event.clientX, width: size.width }
    document.body.classList.add('is-resizing-panes')
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!drag.current) return
    layoutActions.resize(pane, drag.current.width + direction * (event.clientX - drag.current.x), { save: false })
  }

  function endDrag(event: PointerEvent<HTMLDivElement>) {
    if (!drag.current) return
    drag.current = null
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId)
    document.body.classList.remove('is-resizing-panes')
    layoutActions.save()
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    let width: number
    if (event.key === 'ArrowRight') width = size.width + direction * KEY_STEP_PX
    else if (event.key === 'ArrowLeft') width = size.width - direction * KEY_STEP_PX
    else if (event.key === 'Home') width = size.min
    else if (event.key === 'End') width = size.max
    else return
    event.preventDefault()
    layoutActions.resize(pane, width)
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={LABELS[pane]}
      aria-valuenow={size.width}
      aria-valuemin={size.min}
      aria-valuemax={size.max}
      aria-valuetext={`${size.width} pixels`}
      tabIndex={0}
      title="Drag to resize, double-click to reset"
      className={`pane-splitter pane-splitter-${pane}`}
      data-pane={pane}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onLostPointerCapture={endDrag}
      onDoubleClick={() => layoutActions.reset(pane)}
      onKeyDown={onKeyDown}
    />
  )
}

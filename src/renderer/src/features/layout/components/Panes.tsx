import { useEffect, useMemo } from 'react'
import type { CSSProperties, ReactNode } from 'react'
import { layoutActions } from '../store/actions'
import { paneSizes, visiblePanes } from '../store/selectors'
import { useLayoutStore } from '../store/state'
import { PaneSplitter } from './PaneSplitter'
import { ViewBar } from './ViewBar'

interface PanesProps {
  library: ReactNode
  reader: ReactNode
  side: ReactNode
}

/**
 * The three panes side by side, with a splitter on each side of the reader. A hidden pane stays
 * mounted (its tab, scroll and typing survive) but takes no room.
 */
export function Panes({ library, reader, side }: PanesProps) {
  const widths = useLayoutStore((s) => s.widths)
  const viewport = useLayoutStore((s) => s.viewport)
  const shown = useLayoutStore((s) => s.shown)
  const focus = useLayoutStore((s) => s.focus)
  const sideInNarrow = useLayoutStore((s) => s.sideInNarrow)
  const visible = useMemo(
    () => visiblePanes({ shown, focus, viewport, sideInNarrow }),
    [shown, focus, viewport, sideInNarrow],
  )
  const sizes = useMemo(() => paneSizes(widths, viewport, visible), [widths, viewport, visible])

  useEffect(() => {
    const onResize = () => layoutActions.setViewport(window.innerWidth)
    onResize()
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])

  const columns = {
    '--library-width': visible.library ? `${sizes.library.width}px` : '0px',
    '--side-width': visible.side ? `${sizes.side.width}px` : '0px',
  } as CSSProperties
  return (
    <main className={focus ? 'panes is-focus-mode' : 'panes'} style={columns}>
      <div className="pane-slot pane-slot-library" hidden={!visible.library}>
        {library}
      </div>
      {visible.library && <PaneSplitter pane="library" size={sizes.library} />}
      <div className="reader-column">
        <ViewBar visible={visible} focus={focus} />
        {reader}
      </div>
      {visible.side && <PaneSplitter pane="side" size={sizes.side} />}
      <div className="pane-slot pane-slot-side" hidden={!visible.side}>
        {side}
      </div>
    </main>
  )
}

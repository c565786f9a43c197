import { useEffect, useMemo } from 'react'
import type { CSSProperties, ReactNode } from 'react'
import { layoutActions } from '../store/actions'
import { paneSizes } from '../store/selectors'
import { useLayoutStore } from '../store/state'
import { PaneSplitter } from './PaneSplitter'

interface PanesProps {
  library: ReactNode
  reader: ReactNode
  side: ReactNode
}

/** The three panes side by side, with a splitter on each side of the reader. */
export function Panes({ library, reader, side }: PanesProps) {
  const widths = useLayoutStore((s) => s.widths)
  const viewport = useLayoutStore((s) => s.viewport)
  const sizes = useMemo(() => paneSizes(widths, viewport), [widths, viewport])

  useEffect(() => {
    const onResize = () => layoutActions.setViewport(window.innerWidth)
    onResize()
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])

  const columns = {
    '--library-width': `${sizes.library.width}px`,
    '--side-width': `${sizes.side.width}px`,
  } as CSSProperties
  return (
    <main className="panes" style={columns}>
      {library}
      <PaneSplitter pane="library" size={sizes.library} />
      {reader}
      <PaneSplitter pane="side" size={sizes.side} />
      {side}
    </main>
  )
}

import { Fragment } from 'react'
import type { ReactNode } from 'react'
import type { AnchoredAnnotation } from '../../../../../shared/model/annotation'
import { segmentText } from '../lib/segments'

interface Props {
  text: string
  start: number
  end: number
  annotations: AnchoredAnnotation[]
  flash: { id: string; seq: number } | null
}

function markClass(annotation: AnchoredAnnotation, segmentEnd: number, flash: Props['flash']): string {
  let name = `hl hl-${annotation.color}`
  // The note indicator (drawn by CSS, so it adds no text) goes on the annotation's last piece.
  if (annotation.note.trim() && segmentEnd === annotation.position.end) name += ' hl-has-note'
  // Two identical animations under alternating names, so that a second click restarts the flash.
  if (flash?.id === annotation.id) name += ` hl-flash-${flash.seq % 2}`
  return name
}

/** One block's text, split into highlight marks; marks nest where annotations overlap. */
export function BlockText({ text, start, end, annotations, flash }: Props) {
  const segments = segmentText(start, end, annotations)
  return segments.map((segment) => {
    let node: ReactNode = text.slice(segment.start, segment.end)
    for (let i = segment.annotations.length - 1; i >= 0; i--) {
      const a = segment.annotations[i]
      node = (
        <mark
          data-annotation-id={a.id}
          className={markClass(a, segment.end, flash)}
          title={a.note.trim() || undefined}
        >
          {node}
        </mark>
      )
    }
    return <Fragment key={segment.start}>{node}</Fragment>
  })
}

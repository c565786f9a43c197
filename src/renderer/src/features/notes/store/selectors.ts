import type { Annotation, AnchoredAnnotation } from '../../../../../shared/model/annotation'
import type { AnnotationFields, NotesState } from './state'

/** Annotations in text order (un-anchored ones by their last known position). */
export function sortByPosition(annotations: AnchoredAnnotation[]): AnchoredAnnotation[] {
  return [...annotations].sort(
    (a, b) =>
      a.position.start - b.position.start ||
      a.position.end - b.position.end ||
      a.createdAt.localeCompare(b.createdAt),
  )
}

/** The annotation placed over exactly this span of the text, if the notes already hold one. */
export function annotationOver(
  annotations: AnchoredAnnotation[],
  start: number,
  end: number,
): AnchoredAnnotation | undefined {
  return annotations.find((a) => a.anchored && a.position.start === start && a.position.end === end)
}

/** The note as the editor shows it: the unsaved draft if there is one. */
export function noteText(state: NotesState, id: string): string {
  return state.noteDrafts[id] ?? state.annotations.find((a) => a.id === id)?.note ?? ''
}

/** The fields of `annotation` that `patch` would change, with their current values. */
export function fieldsBefore(annotation: Annotation, patch: AnnotationFields): AnnotationFields {
  const before: AnnotationFields = {}
  if (patch.note !== undefined) before.note = annotation.note
  if (patch.tags !== undefined) before.tags = annotation.tags
  if (patch.color !== undefined) before.color = annotation.color
  return before
}

/** Whether applying `patch` would change anything. */
export function changes(annotation: Annotation, patch: AnnotationFields): boolean {
  return (
    (patch.note !== undefined && patch.note !== annotation.note) ||
    (patch.color !== undefined && patch.color !== annotation.color) ||
    (patch.tags !== undefined && patch.tags.join('\u0000') !== annotation.tags.join('\u0000'))
  )
}

/** "a, b ,, c" -> ["a", "b", "c"]: trimmed, no empties, no repeats. */
export function parseTags(text: string): string[] {
  const tags: string[] = []
  for (const raw of text.split(',')) {
    const tag = raw.trim()
    if (tag && !tags.includes(tag)) tags.push(tag)
  }
  return tags
}

/** The annotation as main stores it (without the renderer's `anchored` flag). */
export function toStored(a: AnchoredAnnotation): Annotation {
  const { id, articleId, quote, position, note, tags, color, createdAt, updatedAt } = a
  return { id, articleId, quote, position, note, tags, color, createdAt, updatedAt }
}

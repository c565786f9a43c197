import { ANNOTATION_COLORS } from '../../../../../shared/model/annotation'
import type { AnnotationColor } from '../../../../../shared/model/annotation'

interface Props {
  value: AnnotationColor
  onChange: (color: AnnotationColor) => void
}

/** Five colour swatches; the current one is pressed. */
export function ColourPicker({ value, onChange }: Props) {
  return (
    <div role="group" aria-label="Colour" className="colour-picker">
      {ANNOTATION_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          aria-label={`Colour ${color}`}
          aria-pressed={color === value}
          className={`swatch swatch-${color}`}
          onClick={() => onChange(color)}
        />
      ))}
    </div>
  )
}

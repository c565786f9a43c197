import { useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import { onModalKeyDown, useDialogFocus } from '../lib/modalKeys'

/** Props of a modal dialog's frame: its title, its extra class and what closing it does. */
export interface ModalFrameProps {
  title: string
  className: string
  onClose: () => void
  /** A line under the title that says what the dialog is for; the dialog is described by it. */
  description?: ReactNode
  /** The Close button, for a dialog that gives it the focus back itself (after removing a row, say). */
  closeRef?: RefObject<HTMLButtonElement | null>
  children: ReactNode
}

/**
 * A modal dialog's frame: the backdrop (a click on it closes), a title and a Close button that
 * takes the focus, Escape and Tab kept inside, and the focus given back where it was on closing.
 */
export function ModalFrame({
  title,
  className,
  onClose,
  description,
  closeRef: givenCloseRef,
  children,
}: ModalFrameProps) {
  const titleId = useId()
  const textId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const ownCloseRef = useRef<HTMLButtonElement>(null)
  const closeRef = givenCloseRef ?? ownCloseRef

  useDialogFocus(closeRef)

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? textId : undefined}
        className={`modal ${className}`}
        onKeyDown={(event: KeyboardEvent<HTMLDivElement>) =>
          onModalKeyDown(event, dialogRef.current, onClose)
        }
      >
        <header className="modal-header">
          <div>
            <h2 id={titleId} className="modal-title">
              {title}
            </h2>
            {description && (
              <p id={textId} className="modal-subtitle">
                {description}
              </p>
            )}
          </div>
          <button ref={closeRef} type="button" className="button button-small" onClick={onClose}>
            Close
          </button>
        </header>
        {children}
      </div>
    </div>
  )
}

import { type ReactNode, useEffect, useId, useRef } from 'react'
import { createPortal } from 'react-dom'

/**
 * A modal dialog on the native <dialog> element: the browser keeps focus inside it, makes the
 * page behind inert and returns focus when it closes. `onClose` absent means it cannot be
 * dismissed (the sign-in after an expired session must be answered). The control marked
 * `data-autofocus` gets the focus when it opens.
 */
export function Dialog({ title, children, onClose, wide }: { title: string; children: ReactNode; onClose?: () => void; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) {
      dialog.showModal()
      // showModal focuses the first control; a dialog may name a better one (React's autoFocus runs before showModal).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    }
    return () => dialog?.close()
  }, [])
  // In <body>, not where it is used: a dialog with a form may open from inside another form (the
  // media picker in the new-story form), and forms must not nest.
  return createPortal(
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault() // Escape closes only when the caller allows it
        onClose?.()
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>,
    document.body,
  )
}

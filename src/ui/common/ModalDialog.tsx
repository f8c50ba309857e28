import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import './modal.css';

/** The dialog element of a ModalDialog, and closing it (which returns focus where it was). */
export interface ModalHandle {
  readonly ref: RefObject<HTMLDialogElement | null>;
  close(): void;
}

/** Made by the component that renders a ModalDialog, so it can close it (after a submit, Cancel). */
export function useModal(): ModalHandle {
  const ref = useRef<HTMLDialogElement>(null);
  return { ref, close: () => ref.current?.close() };
}

/**
 * A modal <dialog>, open while mounted, titled by its heading: Escape and `close()` close it, the
 * browser returns focus where it was, and its `close` event tells the parent (which unmounts it).
 */
export function ModalDialog({
  modal,
  title,
  className,
  onClose,
  children,
}: {
  modal: ModalHandle;
  title: string;
  /** The dialog's own layout (e.g. its width through --modal-width). */
  className: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const { ref } = modal;
  // No close() on cleanup: removing the element ends the modal, and StrictMode's second effect run
  // would otherwise see a `close` event and drop the dialog.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, [ref]);
  return (
    <dialog ref={ref} className={`modal ${className}`} aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

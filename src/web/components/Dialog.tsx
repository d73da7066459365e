import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** An id for the dialog element, for tests and links. */
  id?: string;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus and closes on Escape; we move focus
 * to the first field on opening and give it back to whatever opened the dialog on closing.
 */
export function Dialog({ open, title, onClose, children, id }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>('[data-autofocus], input:not([type=hidden]), textarea, select');
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      onClose();
      opener.current?.focus();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, [onClose]);

  return (
    <dialog ref={ref} id={id} className="dialog" aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog__title">{title}</h2>
      {open ? children : null}
    </dialog>
  );
}

import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { Button } from './Button.js';
import './ConfirmDialog.css';

/** Back to the opener when it is still on the page (a menu item's popover is gone: its trigger then). */
function returnFocus(opener: HTMLElement | null): void {
  if (opener === null) return;
  const target = opener.isConnected && opener.checkVisibility() ? opener : popoverTrigger(opener);
  target?.focus();
}

function popoverTrigger(element: HTMLElement): HTMLElement | null {
  const popover = element.closest<HTMLElement>('[popover]');
  if (popover === null || popover.id === '') return null;
  return document.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(popover.id)}"]`);
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** 'danger' for actions that remove something or cut service. */
  tone?: 'danger' | 'primary';
  busy?: boolean;
  /** Keeps the confirm button disabled, e.g. while a pre-check fails or a field is incomplete. */
  confirmDisabled?: boolean;
  /** 'lg' for dialogs that show a table or an editor. */
  size?: 'md' | 'lg';
  /** Shown inside the dialog, e.g. the error of a failed attempt. */
  footer?: ReactNode;
  /** null leaves the Cancel button out, for a dialog that only reports (Escape still closes it). */
  cancelLabel?: string | null;
  /** A quiet control on the left of the buttons, e.g. "Back" in a two-step dialog. */
  secondaryAction?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  'data-testid'?: string;
}

/**
 * A modal question on the native <dialog>: focus is trapped and Escape cancels, for free. The body is a
 * form, so Enter in a field confirms like the button does (when the button may be pressed).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  tone = 'primary',
  busy = false,
  confirmDisabled = false,
  size = 'md',
  footer,
  secondaryAction,
  cancelLabel = 'Cancel',
  onConfirm,
  onCancel,
  'data-testid': testId = 'confirm-dialog',
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      returnFocus(opener.current);
    }
  }, [open]);

  // Most dialogs are unmounted rather than closed: focus then goes back to the control that opened it,
  // as after Escape or Cancel on a dialog that stays mounted.
  useEffect(() => () => returnFocus(opener.current), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && !confirmDisabled) onConfirm();
  };

  return (
    <dialog
      ref={ref}
      className={`confirm-dialog confirm-dialog--${size}`}
      aria-labelledby={titleId}
      data-testid={open ? testId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {/* Rendered only while open, so a dialog's fields start afresh each time it is opened. */}
      {open && (
        <form className="confirm-dialog__form" onSubmit={submit} noValidate>
          <h2 className="confirm-dialog__title" id={titleId}>
            {title}
          </h2>
          <div className="confirm-dialog__body">{children}</div>
          {footer}
          <div className="confirm-dialog__actions">
            {secondaryAction !== undefined && (
              <div className="confirm-dialog__secondary">{secondaryAction}</div>
            )}
            {cancelLabel !== null && (
              <Button variant="secondary" onClick={onCancel} disabled={busy} autoFocus>
                {cancelLabel}
              </Button>
            )}
            <Button
              type="submit"
              variant={tone}
              busy={busy}
              disabled={confirmDisabled}
              data-testid="confirm-button"
            >
              {confirmLabel}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}

import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from 'react';
import { Spinner } from './Spinner.js';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
export type ButtonSize = 'sm' | 'md';

interface StyleProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
  icon?: ReactNode;
}

export function buttonClassName({ variant = 'secondary', size = 'md' }: StyleProps, extra?: string): string {
  return ['btn', `btn--${variant}`, `btn--${size}`, extra].filter(Boolean).join(' ');
}

type ButtonProps = StyleProps &
  ButtonHTMLAttributes<HTMLButtonElement> & {
    /** Shows a spinner and blocks clicks while an action runs. */
    busy?: boolean;
  };

export function Button({
  variant,
  size,
  icon,
  busy = false,
  className,
  children,
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      // A bare <button> inside a form submits it; opt in to that explicitly instead.
      type="button"
      className={buttonClassName({ variant, size }, className)}
      disabled={disabled === true || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy ? <Spinner size="sm" label="" /> : icon}
      {children}
    </button>
  );
}

type LinkButtonProps = StyleProps & AnchorHTMLAttributes<HTMLAnchorElement>;

/** A link that looks like a button: it navigates, so it stays an <a>. */
export function LinkButton({ variant, size, icon, className, children, ...rest }: LinkButtonProps) {
  return (
    <a className={buttonClassName({ variant, size }, className)} {...rest}>
      {icon}
      {children}
    </a>
  );
}

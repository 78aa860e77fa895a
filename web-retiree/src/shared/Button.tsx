import type { ComponentPropsWithRef, MouseEvent } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

export const buttonClass = (variant: ButtonVariant = 'primary', block = true) => `btn btn--${variant}${block ? ' btn--block' : ''}`;

interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  /** Full width (the default): one big target, easy to hit. */
  block?: boolean;
  /** While a request runs: stays focusable (aria-disabled, not disabled) and says what is happening. */
  busy?: boolean;
  busyText?: string;
}

export function Button({ variant = 'primary', block = true, busy = false, busyText, className, children, onClick, type = 'button', ...rest }: ButtonProps) {
  const handleClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (busy || rest['aria-disabled'] === true) {
      e.preventDefault();
      return;
    }
    onClick?.(e);
  };
  return (
    <button
      {...rest}
      type={type}
      className={`${buttonClass(variant, block)}${className ? ` ${className}` : ''}`}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      onClick={handleClick}
    >
      {busy && busyText ? busyText : children}
    </button>
  );
}

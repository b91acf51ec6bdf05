import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { buttonClassName, type ButtonSize, type ButtonVariant } from './Button.js';
import './Menu.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** A line under the label: what the action does, or why it is unavailable. */
  hint?: string;
  disabled?: boolean;
  tone?: 'danger';
  'data-testid'?: string;
}

interface MenuProps {
  /** The trigger's accessible name, e.g. "Actions for pg1". */
  label: string;
  trigger: ReactNode;
  items: MenuItem[];
  variant?: ButtonVariant;
  size?: ButtonSize;
  'data-testid'?: string;
}

const GAP = 4;

/**
 * A button that opens a list of actions. The list is a native popover: it sits in the top layer (so a
 * scrolling table cannot clip it), closes on Escape, Tab or a click elsewhere, and hands focus back to its button. Arrows, Home and End
 * move between its items.
 */
export function Menu({ label, trigger, items, variant = 'ghost', size = 'sm', ...rest }: MenuProps) {
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open') return;
      const anchor = buttonRef.current?.getBoundingClientRect();
      if (!anchor) return;
      // Right-aligned under the button; above it when there is no room below.
      const { width, height } = menu.getBoundingClientRect();
      const below = anchor.bottom + GAP + height <= window.innerHeight;
      menu.style.top = `${below ? anchor.bottom + GAP : Math.max(GAP, anchor.top - GAP - height)}px`;
      menu.style.left = `${Math.max(GAP, anchor.right - width)}px`;
      menu.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    };
    menu.addEventListener('toggle', onToggle);
    return () => menu.removeEventListener('toggle', onToggle);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Tab') {
      // Tab leaves the menu (WAI-ARIA menu button): close it and let Tab carry on from its button.
      menuRef.current?.hidePopover();
      buttonRef.current?.focus();
      return;
    }
    const enabled = [
      ...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []),
    ];
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const target: Record<string, number> = {
      ArrowDown: (at + 1) % enabled.length,
      ArrowUp: (at - 1 + enabled.length) % enabled.length,
      Home: 0,
      End: enabled.length - 1,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    enabled[next]?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName({ variant, size }, 'menu__trigger')}
        popoverTarget={id}
        aria-haspopup="menu"
        aria-label={label}
        title={label}
        {...rest}
      >
        {trigger}
      </button>
      <div ref={menuRef} id={id} popover="auto" role="menu" className="menu" onKeyDown={onKeyDown}>
        {items.map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            className={item.tone === 'danger' ? 'menu__item menu__item--danger' : 'menu__item'}
            disabled={item.disabled}
            data-testid={item['data-testid']}
            onClick={() => {
              menuRef.current?.hidePopover();
              item.onSelect();
            }}
          >
            <span className="menu__label">{item.label}</span>
            {item.hint !== undefined && <span className="menu__hint">{item.hint}</span>}
          </button>
        ))}
      </div>
    </>
  );
}

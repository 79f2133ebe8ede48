import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './popup-menu.css';

const ENABLED_ITEMS = '[role^="menuitem"]:not([aria-disabled="true"])';
/** Space kept between the menu and the window's edges. */
const MARGIN = 8;

export interface PopupMenuProps {
  /** What the menu is about, for screen readers. */
  label: string;
  testId: string;
  /** Where the menu opens, in window coordinates. */
  position: { x: number; y: number };
  /** Changes when the items do (suggestions arriving): the menu is placed and focused again. */
  contentKey?: unknown;
  /** `returnFocus`: closed from the keyboard, so the caret goes back to the text. */
  onClose: (returnFocus: boolean) => void;
  children: ReactNode;
}

/**
 * A context menu (WAI-ARIA menu pattern) kept inside the window: arrow keys, Home and End
 * move between the enabled items; Escape and Tab close; a press outside, a scroll, a resize
 * or leaving the window close it too. Key presses stay inside, away from the toolbar's or
 * the page's own keys.
 */
export function PopupMenu({ label, testId, position, contentKey, onClose, children }: PopupMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const [placed, setPlaced] = useState(position);
  /** Set once the analyst moves in the menu, so items arriving late do not steal the focus. */
  const moved = useRef(false);

  // Near the bottom or the right edge, the menu opens above or to the left.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    setPlaced({
      x: Math.max(MARGIN, Math.min(position.x, window.innerWidth - width - MARGIN)),
      y: position.y + height + MARGIN > window.innerHeight ? Math.max(MARGIN, position.y - height) : position.y,
    });
  }, [position, contentKey]);

  useLayoutEffect(() => {
    if (moved.current) return;
    const items = menu.current?.querySelectorAll<HTMLElement>(ENABLED_ITEMS);
    const checked = menu.current?.querySelector<HTMLElement>('[aria-checked="true"]');
    (checked ?? items?.[0])?.focus();
  }, [contentKey]);

  useEffect(() => {
    const outside = (event: Event) => {
      if (!(event.target instanceof Node && menu.current?.contains(event.target))) onClose(false);
    };
    const dismiss = () => onClose(false);
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('scroll', outside, true);
    window.addEventListener('resize', dismiss);
    window.addEventListener('blur', dismiss);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('scroll', outside, true);
      window.removeEventListener('resize', dismiss);
      window.removeEventListener('blur', dismiss);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose(true);
      return;
    }
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>(ENABLED_ITEMS) ?? []);
    const index = items.findIndex((item) => item === document.activeElement);
    const last = items.length - 1;
    const next =
      event.key === 'ArrowDown' ? (index + 1) % items.length
      : event.key === 'ArrowUp' ? (index <= 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    moved.current = true;
    items[next]?.focus();
  };

  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      className="popup-menu"
      data-testid={testId}
      style={{ left: placed.x, top: placed.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {children}
    </div>,
    document.body,
  );
}

export interface MenuItemProps {
  label: ReactNode;
  onChoose: () => void;
  testId: string;
  /** For a choice among several (a level): whether it is the current one. */
  checked?: boolean;
  title?: string;
}

export function MenuItem({ label, onChoose, testId, checked, title }: MenuItemProps) {
  return (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemradio'}
      aria-checked={checked}
      tabIndex={-1}
      className="popup-menu-item"
      data-testid={testId}
      title={title}
      onClick={onChoose}
    >
      {label}
    </button>
  );
}

/** A line that says something and cannot be chosen. */
export function MenuStatus({ text }: { text: string }) {
  return (
    <div role="menuitem" aria-disabled="true" className="popup-menu-status">
      {text}
    </div>
  );
}

export function MenuSeparator() {
  return <div role="separator" className="popup-menu-separator" />;
}

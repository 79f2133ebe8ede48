import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

const ENABLED_ITEMS = '[role="menuitem"]:not([aria-disabled="true"])';
/** Space kept between the menu and the window's edges. */
const MARGIN = 8;

export interface SpellingMenuProps {
  word: string;
  /** Where the menu opens, in window coordinates: the pointer, or under the word. */
  position: { x: number; y: number };
  /** Replacements for the word; null while they are being looked up. */
  suggestions: string[] | null;
  /** False in a read-only document: the word can be added or ignored, not replaced. */
  canReplace: boolean;
  onReplace: (replacement: string) => void;
  onAdd: () => void;
  onIgnore: () => void;
  /** `returnFocus`: the analyst closed it from the keyboard, so the caret goes back to the text. */
  onClose: (returnFocus: boolean) => void;
}

/**
 * The spelling context menu (WAI-ARIA menu pattern): suggestions, "Add to dictionary" and
 * "Ignore in this document". Arrow keys, Home and End move; Enter chooses; Escape and Tab close.
 */
export function SpellingMenu({ word, position, suggestions, canReplace, onReplace, onAdd, onIgnore, onClose }: SpellingMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const [placed, setPlaced] = useState(position);
  /** Set once the analyst moves in the menu, so suggestions arriving late do not steal the focus. */
  const moved = useRef(false);

  // Kept inside the window: a word near the bottom or the right edge opens the menu above or to its left.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    setPlaced({
      x: Math.max(MARGIN, Math.min(position.x, window.innerWidth - width - MARGIN)),
      y: position.y + height + MARGIN > window.innerHeight ? Math.max(MARGIN, position.y - height) : position.y,
    });
  }, [position, suggestions]);

  useLayoutEffect(() => {
    if (!moved.current) menu.current?.querySelector<HTMLElement>(ENABLED_ITEMS)?.focus();
  }, [suggestions]);

  // A press outside, a scroll or a resize closes it, as menus do; the focus stays where the analyst put it.
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

  const item = (label: string, onChoose: () => void, testId: string, key = label) => (
    <button key={key} type="button" role="menuitem" tabIndex={-1} className="spelling-menu-item" data-testid={testId} onClick={onChoose}>
      {label}
    </button>
  );

  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={`Spelling of “${word}”`}
      className="spelling-menu"
      data-testid="spelling-menu"
      style={{ left: placed.x, top: placed.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {canReplace && suggestions === null && <Status text="Looking for suggestions…" />}
      {canReplace && suggestions?.length === 0 && <Status text="No suggestions" />}
      {canReplace && suggestions?.map((suggestion) => item(suggestion, () => onReplace(suggestion), 'spelling-suggestion'))}
      {canReplace && <div role="separator" className="spelling-menu-separator" />}
      {item('Add to dictionary', onAdd, 'spelling-add')}
      {item('Ignore in this document', onIgnore, 'spelling-ignore')}
    </div>,
    document.body,
  );
}

/** A line that says something and cannot be chosen. */
function Status({ text }: { text: string }) {
  return (
    <div role="menuitem" aria-disabled="true" className="spelling-menu-status">
      {text}
    </div>
  );
}

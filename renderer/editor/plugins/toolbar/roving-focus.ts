import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const ITEMS = 'button:not(:disabled), select:not(:disabled)';

function itemsOf(toolbar: HTMLElement): HTMLElement[] {
  return Array.from(toolbar.querySelectorAll<HTMLElement>(ITEMS));
}

export interface RovingFocus {
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: (event: FocusEvent) => void;
}

/** Makes `item` the toolbar's one Tab stop. */
function setStop(stop: { current: HTMLElement | null }, item: HTMLElement | null, all: HTMLElement[]): void {
  stop.current = item;
  for (const candidate of all) candidate.tabIndex = candidate === item ? 0 : -1;
}

/**
 * The toolbar is one Tab stop (WAI-ARIA toolbar pattern): Tab enters it at the item last used;
 * arrow keys, Home and End move inside it.
 */
export function useRovingFocus(toolbar: RefObject<HTMLElement | null>): RovingFocus {
  const stop = useRef<HTMLElement | null>(null);

  // After every render: items appear (table tools) and become disabled (undo).
  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const all = itemsOf(element);
    setStop(stop, stop.current && all.includes(stop.current) ? stop.current : (all[0] ?? null), all);
  });

  return {
    onFocus(event) {
      const element = toolbar.current;
      if (!element || !(event.target instanceof HTMLElement)) return;
      const all = itemsOf(element);
      if (all.includes(event.target)) setStop(stop, event.target, all);
    },
    onKeyDown(event) {
      const element = toolbar.current;
      if (!element || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      const all = itemsOf(element);
      const index = all.findIndex((item) => item === document.activeElement);
      if (index === -1) return;
      event.preventDefault();
      const forward = (event.key === 'ArrowRight') !== (getComputedStyle(element).direction === 'rtl');
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : (index + (forward ? 1 : all.length - 1)) % all.length;
      all[next]?.focus();
    },
  };
}

/** Focuses the item Tab would enter the toolbar at (its one item with tabindex 0). */
export function focusToolbar(toolbar: HTMLElement | null): void {
  toolbar?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
}

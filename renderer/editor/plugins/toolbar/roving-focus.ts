import { useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';

const ITEMS = 'button:not(:disabled), select:not(:disabled)';

function items(toolbar: HTMLElement): HTMLElement[] {
  return Array.from(toolbar.querySelectorAll<HTMLElement>(ITEMS));
}

/**
 * The toolbar is one Tab stop (WAI-ARIA toolbar pattern): Tab enters it at the last item used,
 * arrow keys, Home and End move inside it.
 */
export function useRovingFocus(toolbar: RefObject<HTMLElement | null>): (event: KeyboardEvent) => void {
  // Runs after every render: buttons appear (table tools) and become disabled (undo).
  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const all = items(element);
    const stop = all.find((item) => item.tabIndex === 0) ?? all[0];
    for (const item of all) item.tabIndex = item === stop ? 0 : -1;
  });

  return (event) => {
    const element = toolbar.current;
    if (!element || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const all = items(element);
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (index === -1) return;
    event.preventDefault();
    const rtl = getComputedStyle(element).direction === 'rtl';
    const forward = (event.key === 'ArrowRight') !== rtl;
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : (index + (forward ? 1 : all.length - 1)) % all.length;
    for (const item of all) item.tabIndex = -1;
    const target = all[next];
    if (target) {
      target.tabIndex = 0;
      target.focus();
    }
  };
}

/** Focuses the toolbar's current Tab stop. */
export function focusToolbar(toolbar: HTMLElement | null): void {
  const stop = toolbar?.querySelector<HTMLElement>('[tabindex="0"]') ?? (toolbar ? items(toolbar)[0] : undefined);
  stop?.focus();
}

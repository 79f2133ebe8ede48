import { z } from 'zod';

/**
 * Where the desktop window was and how big, kept in the app's data folder so the next
 * launch opens it there. Pure data and rules; electron/services/window-state-store.ts
 * reads and writes the file.
 */

const Pixels = z.number().int().min(-100_000).max(100_000);

export const WindowBoundsSchema = z.object({
  x: Pixels,
  y: Pixels,
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

export const WindowStateSchema = z.object({
  version: z.literal(1),
  /** The window's bounds when neither maximized nor full-screen. */
  bounds: WindowBoundsSchema,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** How much of the window's top edge must be on a display for the analyst to grab it. */
const MIN_VISIBLE_TITLE_WIDTH = 100;
const TITLE_BAR_HEIGHT = 30;

/**
 * The bounds to open the window with, or null to let the system place it: a window
 * whose title bar is no longer on any connected display (a monitor unplugged, a
 * resolution lowered) would open where nobody can see or move it. Bounds larger than
 * the display they are on shrink to fit it.
 */
export function restorableBounds(saved: WindowBounds, workAreas: readonly WindowBounds[], minimum: { width: number; height: number }): WindowBounds | null {
  const titleBar: WindowBounds = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(TITLE_BAR_HEIGHT, saved.height) };
  const area = workAreas.find((candidate) => {
    const overlap = intersection(titleBar, candidate);
    return overlap !== null && overlap.width >= Math.min(MIN_VISIBLE_TITLE_WIDTH, saved.width) && overlap.height > 0;
  });
  if (!area) return null;
  const width = Math.max(Math.min(saved.width, area.width), Math.min(minimum.width, area.width));
  const height = Math.max(Math.min(saved.height, area.height), Math.min(minimum.height, area.height));
  // A title bar above the top of the display could not be grabbed; a window spanning two
  // displays keeps its place; a shrunk one moves back inside the display it shrank to.
  const top = Math.max(saved.y, area.y);
  if (width === saved.width && height === saved.height) return { x: saved.x, y: top, width, height };
  return { x: clamp(saved.x, area.x, area.x + area.width - width), y: clamp(top, area.y, area.y + area.height - height), width, height };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function intersection(a: WindowBounds, b: WindowBounds): WindowBounds | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

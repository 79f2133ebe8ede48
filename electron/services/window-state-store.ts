import { WindowStateSchema, type WindowState } from '../../core/desktop/window-state';
import { JsonStateFile } from './json-state-file';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

/** Where the document window was, and whether it was maximized: `window-state.json` in the app's data folder. */
export class WindowStateStore {
  private readonly store: JsonStateFile<WindowState>;

  constructor(folder: string, now?: () => Date) {
    this.store = new JsonStateFile({ folder, fileName: WINDOW_STATE_FILE_NAME, check: WindowStateSchema, now });
  }

  get file(): string {
    return this.store.file;
  }

  /** The last saved placement, or null (first launch, or a damaged file, which is set aside). */
  read(): Promise<WindowState | null> {
    return this.store.read();
  }

  /**
   * Saves the placement before returning (it is saved as the window closes, which may be
   * as the app quits). Bounds are rounded to whole pixels: scaled displays report fractions.
   */
  save(state: Omit<WindowState, 'version'>): void {
    const { x, y, width, height } = state.bounds;
    const bounds = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
    const parsed = WindowStateSchema.safeParse({ version: 1, bounds, maximized: state.maximized });
    // Nonsense from the window system (a zero-sized window) is not worth remembering.
    if (parsed.success) this.store.writeNow(parsed.data);
  }
}

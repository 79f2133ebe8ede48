import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { restorableBounds, type WindowBounds } from '../../../core/desktop/window-state';
import { WINDOW_STATE_FILE_NAME, WindowStateStore } from '../../../electron/services/window-state-store';

const MINIMUM = { width: 720, height: 480 };
/** A laptop screen (its work area under a 40-pixel taskbar) and a monitor to its right. */
const LAPTOP: WindowBounds = { x: 0, y: 0, width: 1920, height: 1040 };
const MONITOR: WindowBounds = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('where the window reopens', () => {
  it('where it was, when that is still on a display', () => {
    const saved = { x: 2100, y: 120, width: 1400, height: 1000 };
    expect(restorableBounds(saved, [LAPTOP, MONITOR], MINIMUM)).toEqual(saved);
  });

  it('nowhere in particular when its monitor was unplugged', () => {
    expect(restorableBounds({ x: 2100, y: 120, width: 1400, height: 1000 }, [LAPTOP], MINIMUM)).toBeNull();
  });

  it('nowhere in particular when only a sliver of its title bar would show', () => {
    expect(restorableBounds({ x: 1880, y: 100, width: 1200, height: 800 }, [LAPTOP], MINIMUM)).toBeNull();
    expect(restorableBounds({ x: 100, y: -900, width: 1200, height: 800 }, [LAPTOP], MINIMUM)).toBeNull();
  });

  it('in place when it spans two displays', () => {
    const spanning = { x: 1400, y: 100, width: 1200, height: 800 };
    expect(restorableBounds(spanning, [LAPTOP, MONITOR], MINIMUM)).toEqual(spanning);
  });

  it('shrunk to fit, and inside, a display smaller than it was saved on', () => {
    expect(restorableBounds({ x: 200, y: 50, width: 2400, height: 1350 }, [LAPTOP], MINIMUM)).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('with its title bar below the top of the display', () => {
    expect(restorableBounds({ x: 300, y: -10, width: 1000, height: 700 }, [LAPTOP], MINIMUM)).toEqual({ x: 300, y: 0, width: 1000, height: 700 });
  });
});

describe('the window-state file in the data folder', () => {
  let dataFolder: string;
  let store: WindowStateStore;

  beforeEach(async () => {
    dataFolder = await mkdtemp(join(tmpdir(), 'bw-window-'));
    store = new WindowStateStore(dataFolder, () => new Date('2026-11-30T09:00:00.000Z'));
  });

  it('is absent at first', async () => {
    expect(await store.read()).toBeNull();
  });

  it('keeps the size, position and maximized state, in whole pixels', async () => {
    store.save({ bounds: { x: 120.4, y: 80.6, width: 1366.5, height: 900 }, maximized: true });
    expect(await new WindowStateStore(dataFolder).read()).toEqual({ version: 1, bounds: { x: 120, y: 81, width: 1367, height: 900 }, maximized: true });
  });

  it('does not remember a window of no size', async () => {
    store.save({ bounds: { x: 0, y: 0, width: 0, height: 0 }, maximized: false });
    expect(await readdir(dataFolder)).toEqual([]);
  });

  it.each([
    ['not JSON', '{"bounds": '],
    ['a negative width', '{"version": 1, "bounds": {"x": 0, "y": 0, "width": -5, "height": 600}, "maximized": false}'],
    ['no maximized state', '{"version": 1, "bounds": {"x": 0, "y": 0, "width": 800, "height": 600}}'],
    ['text for numbers', '{"version": 1, "bounds": {"x": "0", "y": 0, "width": 800, "height": 600}, "maximized": false}'],
  ])('sets a damaged file aside (%s) and opens the window in the default place', async (_case, text) => {
    await writeFile(join(dataFolder, WINDOW_STATE_FILE_NAME), text);
    expect(await store.read()).toBeNull();
    const aside = `${WINDOW_STATE_FILE_NAME}.damaged-2026-11-30T09-00-00-000Z`;
    expect(await readdir(dataFolder)).toEqual([aside]);
    expect(await readFile(join(dataFolder, aside), 'utf8')).toBe(text);
  });
});

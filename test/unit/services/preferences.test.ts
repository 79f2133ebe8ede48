import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../core/preferences/schema';
import { PREFERENCES_FILE_NAME, PreferencesStore } from '../../../electron/services/preferences';

const SET_ASIDE_AT = new Date('2026-11-28T10:15:30.000Z');
const ASIDE_NAME = 'preferences.damaged-2026-11-28T10-15-30-000Z.json';

describe('the analyst’s preferences on disk', () => {
  let folder: string;
  let store: PreferencesStore;

  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'bw-preferences-')), 'Briefwright');
    store = new PreferencesStore(folder, () => SET_ASIDE_AT);
  });

  const writePreferencesFile = async (text: string) => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, PREFERENCES_FILE_NAME), text);
  };
  const stored = async () => JSON.parse(await readFile(join(folder, PREFERENCES_FILE_NAME), 'utf8')) as unknown;

  it('are the defaults, not yet stored, before anything is saved (and reading writes nothing)', async () => {
    expect(await store.read()).toEqual({ preferences: DEFAULT_PREFERENCES, stored: false });
    await expect(readdir(folder)).rejects.toThrow();
  });

  it('survive a restart: what was changed is kept, the rest stays as it was', async () => {
    await store.update({ author: 'R. Okafor', marking: { scheme: 'tlp', level: 'TLP:AMBER' } });
    await store.update({ spellingLanguage: 'en-GB' });

    const reopened = new PreferencesStore(folder);
    const expected = { ...DEFAULT_PREFERENCES, author: 'R. Okafor', marking: { scheme: 'tlp', level: 'TLP:AMBER' }, spellingLanguage: 'en-GB' };
    expect(await reopened.read()).toEqual({ preferences: expected, stored: true });
    expect(await stored()).toEqual(expected);
  });

  it('keep the changes two windows make at once', async () => {
    const otherWindow = new PreferencesStore(folder);
    await Promise.all([store.update({ author: 'R. Okafor' }), store.update({ yardstick: 'phia' })]);
    await otherWindow.update({ notes: 'endnotes' });
    expect((await store.read()).preferences).toMatchObject({ author: 'R. Okafor', yardstick: 'phia', notes: 'endnotes' });
  });

  it('are written atomically: no temporary file is left, and the file is whole JSON', async () => {
    await store.update({ author: 'R. Okafor' });
    expect(await readdir(folder)).toEqual([PREFERENCES_FILE_NAME]);
    expect(await readFile(join(folder, PREFERENCES_FILE_NAME), 'utf8')).toMatch(/^\{\n {2}"author": "R\. Okafor",[\s\S]*\}\n$/);
  });

  it('written by an older version (some fields only) read with defaults for the rest, and unknown fields dropped on the next save', async () => {
    await writePreferencesFile(JSON.stringify({ author: 'R. Okafor', theme: 'dark' }));
    expect(await store.read()).toEqual({ preferences: { ...DEFAULT_PREFERENCES, author: 'R. Okafor' }, stored: true });
    await store.update({ autosaveDelaySeconds: 5 });
    expect(await stored()).toEqual({ ...DEFAULT_PREFERENCES, author: 'R. Okafor', autosaveDelaySeconds: 5 });
  });

  it('refuse a change that does not fit, naming it, and write nothing', async () => {
    await store.update({ marking: { scheme: 'uk', level: 'OFFICIAL' } });
    await expect(store.update({ marking: { scheme: 'us', level: 'OFFICIAL' } })).rejects.toMatchObject({
      code: 'invalid-request',
      message: 'These preferences cannot be saved: marking.level must be one of the levels of US classification and CUI: U, CUI, C, S, TS.',
    });
    expect(await stored()).toMatchObject({ marking: { scheme: 'uk', level: 'OFFICIAL' } });
  });

  it.each([
    ['not JSON', '{"author": "R. Okafor"', 'it is not valid JSON'],
    ['a value out of range', '{"autosaveDelaySeconds": 600}', 'autosaveDelaySeconds must be at most 60'],
    ['a level of another scheme', '{"marking": {"scheme": "nato", "level": "TLP:RED"}}', 'marking.level must be one of the levels of NATO'],
    ['not an object', '[1, 2, 3]', 'the preferences must be an object'],
  ])('set a damaged file aside (%s), use the defaults and say so once', async (_case, text, problem) => {
    await writePreferencesFile(text);
    const first = await store.read();
    expect(first.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(first.stored).toBe(false);
    expect(first.notice).toContain(problem);
    expect(first.notice).toContain(`set the file aside as “${ASIDE_NAME}” and is using the defaults`);
    expect(await readFile(join(folder, ASIDE_NAME), 'utf8')).toBe(text);
    expect(await store.read()).toEqual({ preferences: DEFAULT_PREFERENCES, stored: false });

    await store.update({ author: 'R. Okafor' });
    expect((await readdir(folder)).sort()).toEqual([ASIDE_NAME, PREFERENCES_FILE_NAME]);
    expect(await readFile(join(folder, ASIDE_NAME), 'utf8')).toBe(text);
  });
});

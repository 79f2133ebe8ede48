import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { hostContract } from '../../../core/contract';
import { MAX_PERSONAL_WORDS } from '../../../core/spelling/personal-words';
import { PERSONAL_DICTIONARY_FILE_NAME, PersonalDictionary } from '../../../electron/services/personal-dictionary';

const SET_ASIDE_AT = new Date('2026-11-28T10:15:30.000Z');

describe('the analyst’s personal dictionary', () => {
  let folder: string;
  let dictionary: PersonalDictionary;

  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'bw-dictionary-')), 'Dictionary');
    dictionary = new PersonalDictionary(folder, () => SET_ASIDE_AT);
  });

  const writeList = async (text: string) => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, PERSONAL_DICTIONARY_FILE_NAME), text);
  };

  it('starts empty, without a file', async () => {
    expect(await dictionary.read()).toEqual({ words: [] });
  });

  it('keeps added names across restarts, sorted, each once', async () => {
    await dictionary.add('Hasaka');
    await dictionary.add('al-Araji');
    expect(await dictionary.add('Hasaka')).toEqual({ words: ['al-Araji', 'Hasaka'] });

    const reopened = new PersonalDictionary(folder);
    expect(await reopened.read()).toEqual({ words: ['al-Araji', 'Hasaka'] });
    expect(JSON.parse(await readFile(join(folder, PERSONAL_DICTIONARY_FILE_NAME), 'utf8'))).toEqual({ words: ['al-Araji', 'Hasaka'] });
  });

  it('loses no word when several are added at once', async () => {
    const words = ['Anker', 'Hasaka', 'al-Hol', 'al-Araji', 'Rudaw', 'SOHR'];
    await Promise.all(words.map((word) => dictionary.add(word)));
    expect((await dictionary.read()).words).toHaveLength(words.length);
  });

  it('sees words another window added since', async () => {
    const otherWindow = new PersonalDictionary(folder);
    await dictionary.add('Hasaka');
    await otherWindow.add('Anker');
    expect((await dictionary.read()).words).toEqual(['Anker', 'Hasaka']);
  });

  it.each([
    ['not JSON', '{"words": ["Hasaka"'],
    ['not a word list', '{"names": ["Hasaka"]}'],
    ['a word with a space', '{"words": ["al Araji"]}'],
    ['an empty word', '{"words": [""]}'],
  ])('sets a damaged file aside (%s), starts a new list and says so once', async (_case, text) => {
    await writeList(text);
    const first = await dictionary.read();
    expect(first.words).toEqual([]);
    expect(first.notice).toContain('personal-words.json.damaged-2026-11-28T10-15-30-000Z');
    expect(await dictionary.read()).toEqual({ words: [] });

    const files = await readdir(folder);
    expect(files).toEqual(['personal-words.json.damaged-2026-11-28T10-15-30-000Z']);
    expect(await readFile(join(folder, files[0]!), 'utf8')).toBe(text);

    await dictionary.add('Hasaka');
    expect(await new PersonalDictionary(folder).read()).toEqual({ words: ['Hasaka'] });
  });

  it('refuses a word once the list is full, keeping the list as it was', async () => {
    const full = Array.from({ length: MAX_PERSONAL_WORDS }, (_, index) => `word${index}`);
    await writeList(JSON.stringify({ words: full }));
    await expect(dictionary.add('Hasaka')).rejects.toMatchObject({ code: 'too-large' });
    expect((await dictionary.read()).words).toHaveLength(MAX_PERSONAL_WORDS);
    await expect(dictionary.add('word7')).resolves.toMatchObject({ words: expect.arrayContaining(['word7']) });
  });

  it('takes one word of 1 to 100 characters without spaces across the contract', () => {
    const input = hostContract.addToPersonalDictionary.input;
    expect(input.safeParse({ word: 'al-Araji' }).success).toBe(true);
    expect(input.safeParse({ word: 'x'.repeat(100) }).success).toBe(true);
    expect(input.safeParse({ word: 'x'.repeat(101) }).success).toBe(false);
    expect(input.safeParse({ word: '' }).success).toBe(false);
    expect(input.safeParse({ word: 'al Araji' }).success).toBe(false);
    expect(input.safeParse({ word: 'Hasaka\n' }).success).toBe(false);
    expect(hostContract.addToPersonalDictionary.output.safeParse({ words: Array.from({ length: MAX_PERSONAL_WORDS + 1 }, () => 'word') }).success).toBe(false);
  });
});

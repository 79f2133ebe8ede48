import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JsonStateFile, type JsonStateFileOptions } from '../../../electron/services/json-state-file';

const SET_ASIDE_AT = new Date('2026-11-28T10:15:30.000Z');
const STAMP = '2026-11-28T10-15-30-000Z';
const CounterSchema = z.object({ count: z.number().int() });
type Counter = z.infer<typeof CounterSchema>;

describe('a JSON state file in the data folder', () => {
  let folder: string;

  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'bw-state-file-')), 'Data');
  });

  const stateFile = (options: Partial<JsonStateFileOptions<Counter>> = {}) =>
    new JsonStateFile<Counter>({ folder, fileName: 'counter.json', check: CounterSchema, now: () => SET_ASIDE_AT, ...options });
  const writeText = async (text: string) => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'counter.json'), text);
  };

  it('reads as absent before it is written, and writes whole JSON without leaving a temporary file', async () => {
    const file = stateFile();
    expect(await file.read()).toBeNull();
    await file.write({ count: 1 });
    expect(await readdir(folder)).toEqual(['counter.json']);
    expect(await readFile(file.file, 'utf8')).toBe('{\n  "count": 1\n}\n');
    file.writeNow({ count: 2 });
    expect(await readdir(folder)).toEqual(['counter.json']);
    expect(await file.read()).toEqual({ count: 2 });
  });

  it.each([
    ['not JSON', '{"count": 1', 'it is not valid JSON'],
    ['too large', JSON.stringify({ count: 1, padding: 'x'.repeat(2048) }), 'it is larger than 1 KB'],
    ['the wrong shape', '{"count": "one"}', ''],
  ])('sets a damaged file aside (%s) under a time-stamped name, and gives the notice once', async (_case, text, problem) => {
    await writeText(text);
    const file = stateFile({ maxBytes: 1024, setAsideNotice: (aside, why) => `${aside}: ${why}` });
    expect(await file.read()).toBeNull();
    expect(await readdir(folder)).toEqual([`counter.json.damaged-${STAMP}`]);
    expect(await readFile(join(folder, `counter.json.damaged-${STAMP}`), 'utf8')).toBe(text);
    expect(file.takeNotice()).toContain(`counter.json.damaged-${STAMP}: ${problem}`);
    expect(file.takeNotice()).toBeUndefined();
  });

  it('sets a damaged file aside under the name it is given, and says what is wrong in the checker’s words', async () => {
    await writeText('{"count": -1}');
    const file = stateFile({
      check: (raw) => {
        const parsed = CounterSchema.safeParse(raw);
        return parsed.success && parsed.data.count >= 0 ? { ok: true, value: parsed.data } : { ok: false, problem: 'the count is negative' };
      },
      asideName: (stamp) => `counter.damaged-${stamp}.json`,
      setAsideNotice: (aside, problem) => `${aside} (${problem})`,
    });
    expect(await file.read()).toBeNull();
    expect(file.takeNotice()).toBe(`counter.damaged-${STAMP}.json (the count is negative)`);
  });

  it('reads an unreadable file as absent, unless its failures are reported', async () => {
    await mkdir(join(folder, 'counter.json'), { recursive: true });
    expect(await stateFile().read()).toBeNull();
    await expect(stateFile({ reportFailures: true }).read()).rejects.toMatchObject({ code: 'invalid-request', message: '"counter.json" is a folder, not a document.' });
  });

  it('runs queued tasks one after another, and a failed one holds up none after it', async () => {
    const file = stateFile();
    const increment = () => file.serially(async () => file.write({ count: ((await file.read())?.count ?? 0) + 1 }));
    const failing = file.serially(() => Promise.reject(new Error('refused')));
    await Promise.all([increment(), failing.catch(() => undefined), increment(), increment()]);
    await expect(failing).rejects.toThrow('refused');
    expect(await file.read()).toEqual({ count: 3 });
  });
});

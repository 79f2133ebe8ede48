import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_DOCUMENTS, withRecentDocument } from '../../../core/desktop/recent-documents';
import { RECENT_DOCUMENTS_FILE_NAME, RecentDocuments } from '../../../electron/services/recent-documents';

const MONDAY = new Date('2026-11-30T09:00:00.000Z');

describe('the recent-documents list (pure rules)', () => {
  it('puts the document used last at the top, once', () => {
    const listed = withRecentDocument([], '/briefs/readout.brief', MONDAY);
    const again = withRecentDocument(withRecentDocument(listed, '/briefs/assessment.brief', MONDAY), '/briefs/readout.brief', MONDAY);
    expect(again.map((document) => document.path)).toEqual(['/briefs/readout.brief', '/briefs/assessment.brief']);
  });

  it('keeps the newest ten', () => {
    let documents = withRecentDocument([], '/briefs/0.brief', MONDAY);
    for (let index = 1; index <= 14; index += 1) documents = withRecentDocument(documents, `/briefs/${index}.brief`, MONDAY);
    expect(documents).toHaveLength(MAX_RECENT_DOCUMENTS);
    expect(documents[0]?.path).toBe('/briefs/14.brief');
    expect(documents.at(-1)?.path).toBe('/briefs/5.brief');
  });

  it('treats two spellings of one Windows path as one document', () => {
    const sameFile = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    const documents = withRecentDocument(withRecentDocument([], 'C:\\Briefs\\Readout.brief', MONDAY), 'c:\\briefs\\readout.brief', MONDAY, { sameFile });
    expect(documents.map((document) => document.path)).toEqual(['c:\\briefs\\readout.brief']);
  });
});

describe('the recent-documents file in the data folder', () => {
  let dataFolder: string;
  let briefs: string;
  let recent: RecentDocuments;

  beforeEach(async () => {
    dataFolder = await mkdtemp(join(tmpdir(), 'bw-recent-'));
    briefs = join(dataFolder, 'briefs');
    await mkdir(briefs);
    recent = new RecentDocuments(dataFolder, { now: () => MONDAY, platform: 'linux' });
  });

  const brief = async (name: string) => {
    const path = join(briefs, name);
    await writeFile(path, 'not read by the list');
    return path;
  };

  it('starts empty, without a file', async () => {
    expect(await recent.list()).toEqual([]);
  });

  it('lists opened and saved documents most recent first, and keeps them across restarts', async () => {
    const readout = await brief('readout.brief');
    const assessment = await brief('assessment.brief');
    await recent.add(readout);
    await recent.add(assessment);
    await recent.add(readout);

    const relaunched = new RecentDocuments(dataFolder, { platform: 'linux' });
    expect(await relaunched.list()).toEqual([
      { path: readout, usedAt: MONDAY.toISOString() },
      { path: assessment, usedAt: MONDAY.toISOString() },
    ]);
    const stored = JSON.parse(await readFile(join(dataFolder, RECENT_DOCUMENTS_FILE_NAME), 'utf8')) as unknown;
    expect(stored).toEqual({ version: 1, documents: [{ path: readout, usedAt: MONDAY.toISOString() }, { path: assessment, usedAt: MONDAY.toISOString() }] });
  });

  it('loses no document when several are recorded at once', async () => {
    const paths = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((name) => brief(`${name}.brief`)));
    await Promise.all(paths.map((path) => recent.add(path)));
    expect((await recent.list()).map((document) => document.path).sort()).toEqual([...paths].sort());
  });

  it('drops documents whose file has gone when the list is shown, and forgets them', async () => {
    const kept = await brief('kept.brief');
    const moved = await brief('moved.brief');
    await recent.add(moved);
    await recent.add(kept);
    await rm(moved);

    expect((await recent.list()).map((document) => document.path)).toEqual([kept]);
    const stored = JSON.parse(await readFile(recent.file, 'utf8')) as { documents: { path: string }[] };
    expect(stored.documents.map((document) => document.path)).toEqual([kept]);
  });

  it('Clear Recent empties the list', async () => {
    await recent.add(await brief('readout.brief'));
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });

  it.each([
    ['not JSON', '{"version": 1, "documents": ['],
    ['another shape', '{"files": ["/briefs/readout.brief"]}'],
    ['a future version', '{"version": 2, "documents": []}'],
    ['an entry without a date', '{"version": 1, "documents": [{"path": "/briefs/readout.brief"}]}'],
  ])('sets a damaged file aside (%s) and starts an empty list', async (_case, text) => {
    await writeFile(join(dataFolder, RECENT_DOCUMENTS_FILE_NAME), text);
    expect(await recent.list()).toEqual([]);

    const files = await readdir(dataFolder);
    expect(files).toContain(`${RECENT_DOCUMENTS_FILE_NAME}.damaged-2026-11-30T09-00-00-000Z`);
    expect(await readFile(join(dataFolder, `${RECENT_DOCUMENTS_FILE_NAME}.damaged-2026-11-30T09-00-00-000Z`), 'utf8')).toBe(text);

    const readout = await brief('readout.brief');
    await recent.add(readout);
    expect((await recent.list()).map((document) => document.path)).toEqual([readout]);
  });
});

import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { decodeBrief } from '../../../core/document/container';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/notes/${name}`, import.meta.url));
const PARTICIPANTS = 'R. Okafor|Harbour master|Port authority; J. Lindqvist|Liaison lead|Port liaison team';

describe('briefwright import', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-cli-import-'));
  });

  it('imports Markdown notes into a document that check then opens', async () => {
    const path = join(folder, 'harbour.brief');
    const imported = await runCli('import', fixture('readout-notes.md'), '-o', path);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe('harbour.brief: imported readout-notes.md, “Readout: harbour authority – port liaison team”, 12 blocks.\n');

    const checked = await runCli('check', path);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^harbour\.brief: OK — format 2, “Readout: harbour authority – port liaison team”, \d+ nodes, 0 sources, 0 images\.\n {2}No findings\.\n$/);
    const document = decodeBrief(new Uint8Array(await readFile(path)));
    expect(document.body.root.children.map((node) => node.type)).toContain('table');
  });

  it('with --template meeting-readout, makes “Summary” and “Key points:” the reporting sections', async () => {
    const path = join(folder, 'harbour-readout.brief');
    const imported = await runCli('import', fixture('readout-notes.md'), '--template', 'meeting-readout', '--set', 'subject=Readout: harbour authority', '--set', 'date=2026-11-24', '--set', `participants=${PARTICIPANTS}`, '-o', path);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe(
      [
        'harbour-readout.brief: imported readout-notes.md as a “Meeting readout”, “Readout: harbour authority”, 18 blocks.',
        '  sections from the notes: Summary, Key points, Follow-ups',
        '  sections added empty: Purpose, Commitments and requests, Analyst comment',
        '',
      ].join('\n'),
    );
    expect((await runCli('check', path)).code).toBe(0);

    const document = decodeBrief(new Uint8Array(await readFile(path)));
    expect(document.metadata.templateId).toBe('meeting-readout');
    expect(document.metadata.fields.participants).toHaveLength(2);
    const sections = document.body.root.children.filter((node) => node.type === 'section-heading');
    expect(sections.map((node) => [node.sectionId, node.role])).toEqual([
      ['purpose', 'other'],
      ['summary', 'reporting'],
      ['key-points', 'reporting'],
      ['commitments', 'reporting'],
      ['follow-ups', 'other'],
      ['analyst-comment', 'comment'],
    ]);
  });

  it('reports as JSON with --json, warnings included', async () => {
    const path = join(folder, 'hostile.brief');
    const { code, stdout } = await runCli('import', fixture('hostile.md'), '-o', path, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ file: 'hostile.brief', notes: 'hostile.md', template: null, title: 'Hostile notes', sectionsMatched: [], sectionsAdded: [] });
    expect(report.warnings).toContain('An HTML block (<script>) was left out: raw HTML is never imported.');
    expect(await readFile(path)).not.toContain('javascript');
  });

  it('imports plain text, titled by the file’s name', async () => {
    const path = join(folder, 'kitchen.brief');
    const { code, stdout } = await runCli('import', fixture('kitchen-note.txt'), '-o', path);
    expect(code).toBe(0);
    expect(stdout).toBe('kitchen.brief: imported kitchen-note.txt, “kitchen-note”, 3 blocks.\n');
  });

  it('refuses to replace an existing file unless --force', async () => {
    const path = join(folder, 'existing.brief');
    await writeFile(path, 'an analyst’s earlier work');
    const refused = await runCli('import', fixture('kitchen-note.txt'), '-o', path);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('briefwright import: A document named "existing.brief" already exists there. Use --force to replace it (the old file is kept as .bak).\n');
    expect(await readFile(path, 'utf8')).toBe('an analyst’s earlier work');

    const forced = await runCli('import', fixture('kitchen-note.txt'), '-o', path, '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('an analyst’s earlier work');
  });

  it('names missing or invalid template values, exits 1 and writes nothing', async () => {
    const path = join(folder, 'invalid.brief');
    const { code, stderr } = await runCli('import', fixture('readout-notes.md'), '--template', 'meeting-readout', '--set', 'date=2026-02-30', '-o', path);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual(['briefwright import: Subject is required.', 'briefwright import: Date must be a date like 2022-01-30.', 'briefwright import: Participants is required.']);
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('says when the notes are missing or not UTF-8 text', async () => {
    const missing = await runCli('import', join(folder, 'nowhere.md'), '-o', join(folder, 'nowhere.brief'));
    expect(missing).toMatchObject({ code: 1, stderr: 'briefwright import: "nowhere.md" was not found.\n' });
    const latin1 = join(folder, 'latin1.txt');
    await writeFile(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const binary = await runCli('import', latin1, '-o', join(folder, 'latin1.brief'));
    expect(binary).toMatchObject({ code: 1, stderr: 'briefwright import: "latin1.txt" is not UTF-8 text; save the notes as UTF-8 and import them again.\n' });
  });

  it.each([
    [['-o', 'x.brief'], 'name the notes to import: a .md or .txt file.'],
    [['a.md', 'b.md', '-o', 'x.brief'], 'import one notes file at a time.'],
    [['notes.docx', '-o', 'x.brief'], 'the notes must be Markdown (.md, .markdown) or plain text (.txt, .text).'],
    [['notes.md'], 'name the file to create with -o FILE.brief.'],
    [['notes.md', '-o', 'x.docx'], 'the file to create must end in .brief.'],
    [['notes.md', '--set', 'subject=X', '-o', 'x.brief'], '--set needs a --template whose fields it sets.'],
    [['notes.md', '--list-templates'], 'unknown option "--list-templates".'],
  ])('explains its usage when called wrongly: %j', async (args, message) => {
    const { code, stderr } = await runCli('import', ...args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`briefwright import: ${message}`);
  });
});

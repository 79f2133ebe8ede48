import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliWith } from './run-cli';
import { nodeText } from '../../../core/document/body';
import { decodeBrief } from '../../../core/document/container';
import { defaultPreferences } from '../../../core/preferences/schema';

const SUBJECT = 'Readout: Iraqi NSA al-Araji – Commander, NATO Mission Iraq (Anker), 30 January 2022';
const PARTICIPANTS = 'Qasim al-Araji|National Security Advisor|Iraq; Michael Anker|Commander|NATO Mission Iraq';

describe('briefwright new', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-cli-new-'));
  });

  it('creates a readout from its template that check then opens', async () => {
    const path = join(folder, 'araji-anker.brief');
    const created = await runCli('new', '--template', 'meeting-readout', '--set', `subject=${SUBJECT}`, '--set', 'date=2022-01-30', '--set', `participants=${PARTICIPANTS}`, '-o', path);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toBe('araji-anker.brief: created from the “Meeting readout” template, 6 sections.\n');

    const checked = await runCli('check', path);
    expect(checked.code).toBe(0);
    // A new readout opens; the checks list its required sections still to write, as warnings.
    expect(checked.stdout.split('\n')).toEqual([
      `araji-anker.brief: OK — format 2, “${SUBJECT}”, 18 nodes, 0 sources, 0 images.`,
      '  2 warnings.',
      expect.stringMatching(/^ {2}warning {3}structure\.empty-required-section {2}\[Summary\] “Summary” — The section “Summary” is required/),
      expect.stringMatching(/^ {2}warning {3}structure\.empty-required-section {2}\[Key points\] “Key points” — /),
      '',
    ]);

    const document = decodeBrief(new Uint8Array(await readFile(path)));
    expect(document.metadata.templateId).toBe('meeting-readout');
    expect(document.metadata.fields.participants).toEqual([
      { name: 'Qasim al-Araji', title: 'National Security Advisor', organisation: 'Iraq', side: '' },
      { name: 'Michael Anker', title: 'Commander', organisation: 'NATO Mission Iraq', side: '' },
    ]);
    expect(document.body.root.children.filter((node) => node.type === 'section-heading').map((node) => node.role)).toEqual([
      'other',
      'reporting',
      'reporting',
      'reporting',
      'other',
      'comment',
    ]);
  });

  it('lists the templates with id, name and description', async () => {
    const { code, stdout } = await runCli('new', '--list-templates');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^meeting-readout +Meeting readout — A record of a meeting/);
    expect(lines[1]).toMatch(/^threat-assessment +Threat assessment — /);
    expect(lines[2]).toMatch(/^blank +Blank — /);
  });

  it('refuses to replace an existing file, and replaces it with --force keeping the old one', async () => {
    const path = join(folder, 'existing.brief');
    await writeFile(path, 'an analyst’s earlier work');
    const before = await stat(path);
    const refused = await runCli('new', '--template', 'blank', '-o', path);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('briefwright new: A document named "existing.brief" already exists there. Use --force to replace it (the old file is kept as .bak).\n');
    expect(await readFile(path, 'utf8')).toBe('an analyst’s earlier work');
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);

    const forced = await runCli('new', '--template', 'blank', '--set', 'subject=Notes', '-o', path, '--force');
    expect(forced.code).toBe(0);
    expect(decodeBrief(new Uint8Array(await readFile(path))).metadata.title).toBe('Notes');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('an analyst’s earlier work');
  });

  it('names each invalid or missing value, one per line, exits 1 and writes nothing', async () => {
    const path = join(folder, 'invalid.brief');
    const { code, stdout, stderr } = await runCli('new', '--template', 'meeting-readout', '--set', 'date=2022-02-30', '--set', 'venue=Baghdad', '-o', path);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      'briefwright new: The template "Meeting readout" has no field "venue". Its fields are: subject, date, time, place, participants, notetaker, distribution.',
      'briefwright new: Subject is required.',
      'briefwright new: Date must be a date like 2022-01-30.',
      'briefwright new: Participants is required.',
    ]);
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('names an unknown template and lists the ones there are', async () => {
    const { code, stderr } = await runCli('new', '--template', 'memcon', '-o', join(folder, 'memcon.brief'));
    expect(code).toBe(1);
    expect(stderr).toBe('briefwright new: there is no template "memcon". The templates are: meeting-readout, threat-assessment, blank.\n');
  });

  it.each([
    [['--template', 'blank'], 'name the file to create with -o FILE.brief.'],
    [['-o', 'x.brief'], 'name a template with --template ID (see --list-templates).'],
    [['--template', 'blank', '-o', 'notes.docx'], 'the file to create must end in .brief.'],
    [['--template', 'blank', '--set', 'subject', '-o', 'x.brief'], '--set needs NAME=VALUE, e.g. --set date=2022-01-30.'],
    [['--template', 'blank', '--colour', 'red'], 'unknown option "--colour".'],
  ])('explains its usage when called wrongly: %j', async (args, message) => {
    const { code, stderr } = await runCli('new', ...args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`briefwright new: ${message}`);
    expect(stderr).toContain('People fields take name|title|organisation');
  });
});

describe('briefwright new with the analyst’s own templates', () => {
  const weeklyCall = {
    id: 'weekly-call',
    name: 'Weekly call',
    description: 'Our weekly call with partners.',
    fields: [{ name: 'subject', label: 'Subject', type: 'text', required: true }],
    sections: [{ id: 'summary', heading: 'Summary', role: 'reporting', guidance: 'What was said.' }],
    defaults: { marking: { scheme: 'none', level: null } },
  };
  let folder: string;
  let configHome: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-cli-own-'));
    configHome = await mkdtemp(join(tmpdir(), 'bw-cli-config-'));
    // Where the desktop app keeps templates on Linux: $XDG_CONFIG_HOME/Briefwright/Templates.
    await mkdir(join(configHome, 'Briefwright', 'Templates'), { recursive: true });
    await writeFile(join(configHome, 'Briefwright', 'Templates', 'weekly-call.json'), JSON.stringify(weeklyCall));
    await mkdir(join(folder, 'shared-templates'));
    await writeFile(join(folder, 'shared-templates', 'incident.json'), JSON.stringify({ ...weeklyCall, id: 'incident', name: 'Incident note' }));
    await writeFile(join(folder, 'shared-templates', 'broken.json'), JSON.stringify({ ...weeklyCall, id: 'broken', sections: [{ ...weeklyCall.sections[0], role: 'gossip' }] }));
  });

  it('lists and uses the templates saved in the desktop app', async () => {
    const listed = await runCliWith({ XDG_CONFIG_HOME: configHome }, 'new', '--list-templates');
    expect(listed.stdout.split('\n').map((line) => line.split(/\s+/)[0])).toEqual(['meeting-readout', 'threat-assessment', 'blank', 'weekly-call', '']);

    const path = join(folder, 'call.brief');
    const created = await runCliWith({ XDG_CONFIG_HOME: configHome }, 'new', '--template', 'weekly-call', '--set', 'subject=Call of 30 January', '-o', path);
    expect(created).toMatchObject({ code: 0, stdout: 'call.brief: created from the “Weekly call” template, 1 section.\n' });
    const document = decodeBrief(new Uint8Array(await readFile(path)));
    expect(document.metadata.templateId).toBe('weekly-call');
    expect(document.body.root.children.filter((node) => node.type === 'section-heading').map(nodeText)).toEqual(['Summary']);
  });

  it('gives new and imported documents the author and marking set in the desktop app’s preferences', async () => {
    const preferences = { ...defaultPreferences(), author: 'R. Okafor', marking: { scheme: 'tlp', level: 'TLP:AMBER' } };
    await writeFile(join(configHome, 'Briefwright', 'preferences.json'), JSON.stringify(preferences));
    try {
      const path = join(folder, 'preferred.brief');
      expect(await runCliWith({ XDG_CONFIG_HOME: configHome }, 'new', '--template', 'blank', '-o', path)).toMatchObject({ code: 0 });
      const created = decodeBrief(new Uint8Array(await readFile(path)));
      expect(created.metadata.author).toBe('R. Okafor');
      expect(created.marking).toMatchObject({ scheme: 'tlp', level: 'TLP:AMBER' });

      const notes = join(folder, 'notes.md');
      await writeFile(notes, '# Call with the ministry\n\nThey expect a decision next week.\n');
      const imported = join(folder, 'imported.brief');
      expect(await runCliWith({ XDG_CONFIG_HOME: configHome }, 'import', notes, '-o', imported)).toMatchObject({ code: 0 });
      const document = decodeBrief(new Uint8Array(await readFile(imported)));
      expect(document.metadata.author).toBe('R. Okafor');
      expect(document.marking).toMatchObject({ scheme: 'tlp', level: 'TLP:AMBER' });
    } finally {
      await rm(join(configHome, 'Briefwright', 'preferences.json'));
    }
  });

  it('reads a folder given with --templates, and names an invalid template file without failing', async () => {
    const { code, stdout, stderr } = await runCli('new', '--list-templates', '--templates', join(folder, 'shared-templates'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^incident +Incident note — Our weekly call with partners.$/m);
    expect(stdout).not.toContain('weekly-call');
    expect(stderr).toBe('briefwright new: warning: The template "broken.json" is not valid: sections.0.role must be one of reporting, judgment, key-judgments, comment, sources, other.\n');
  });
});

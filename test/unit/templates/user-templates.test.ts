import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findTemplate } from '../../../core/templates/builtin';
import { createDocumentFromTemplate } from '../../../core/templates/create-from-template';
import { templateFromDocument, templateIdFor } from '../../../core/templates/template-from-document';
import { UserTemplates } from '../../../electron/services/user-templates';

const readout = findTemplate('meeting-readout')!;

function weeklyTemplate() {
  const document = createDocumentFromTemplate(readout, { subject: 'Weekly call' }, { now: new Date('2026-11-28T10:00:00Z') });
  document.body.root.children.push({ type: 'heading', version: 1, tag: 'h2', children: [{ type: 'text', version: 1, text: 'Regional round-up' }] });
  return templateFromDocument(document, { id: 'weekly-call', name: 'Weekly call', description: 'Our desk’s weekly call with partners.' }, readout);
}

describe('a template made from a document', () => {
  it('keeps the sections with their roles and guidance, adds other headings as sections, and keeps the metadata form', () => {
    const template = weeklyTemplate();
    expect(template.sections.map((section) => `${section.id}:${section.role}`)).toEqual([
      'purpose:other',
      'summary:reporting',
      'key-points:reporting',
      'commitments:reporting',
      'follow-ups:other',
      'analyst-comment:comment',
      'regional-round-up:other',
    ]);
    expect(template.sections[1]?.guidance).toBe(readout.sections[1]?.guidance);
    expect(template.sections[1]?.required).toBe(true);
    expect(template.fields).toEqual(readout.fields);
  });

  it('derives an id from a name', () => {
    expect(templateIdFor('Weekly readout (East)')).toBe('weekly-readout-east');
    expect(templateIdFor('¿?')).toBe('my-template');
  });
});

describe('the analyst’s own templates', () => {
  let store: UserTemplates;

  beforeEach(async () => {
    store = new UserTemplates(join(await mkdtemp(join(tmpdir(), 'bw-templates-')), 'templates'));
  });

  it('saves a template and lists it back', async () => {
    await store.save(weeklyTemplate(), { overwrite: false });
    const { templates, problems } = await store.list();
    expect(templates).toEqual([weeklyTemplate()]);
    expect(problems).toEqual([]);
  });

  it('never replaces a built-in template', async () => {
    const impostor = { ...weeklyTemplate(), id: 'meeting-readout' };
    await expect(store.save(impostor, { overwrite: true })).rejects.toMatchObject({
      code: 'permission-denied',
      message: '“meeting-readout” is the id of a built-in template, which cannot be replaced. Choose another id.',
    });
  });

  it('asks before replacing one of the analyst’s own', async () => {
    await store.save(weeklyTemplate(), { overwrite: false });
    await expect(store.save(weeklyTemplate(), { overwrite: false })).rejects.toMatchObject({ code: 'already-exists' });
    await expect(store.save(weeklyTemplate(), { overwrite: true })).resolves.toBeUndefined();
  });

  it('imports a colleague’s file, and refuses an invalid one naming the field, without writing anything', async () => {
    const shared = JSON.stringify(weeklyTemplate());
    expect((await store.import('weekly-call.json', shared, { overwrite: false })).id).toBe('weekly-call');

    const broken = JSON.parse(shared);
    broken.id = 'broken-call';
    broken.sections[2].role = 'gossip';
    await expect(store.import('broken-call.json', JSON.stringify(broken), { overwrite: false })).rejects.toMatchObject({
      code: 'invalid-request',
      message: 'The template "broken-call.json" is not valid: sections.2.role must be one of reporting, judgment, key-judgments, comment, sources, other.',
    });
    await expect(store.import('notes.json', '{ not json', { overwrite: false })).rejects.toMatchObject({
      message: 'The template "notes.json" is not valid: it is not JSON.',
    });
    expect(await readdir(store.folder)).toEqual(['weekly-call.json']);
  });

  it('reports a damaged file in the folder by name and still lists the others', async () => {
    await store.save(weeklyTemplate(), { overwrite: false });
    await writeFile(join(store.folder, 'half-written.json'), '{"id": "half"');
    const { templates, problems } = await store.list();
    expect(templates.map((template) => template.id)).toEqual(['weekly-call']);
    expect(problems).toEqual([{ file: 'half-written.json', message: 'The template "half-written.json" is not valid: it is not JSON.' }]);
  });
});

describe('a template saved with its text', () => {
  it('starts new documents as a copy of the text, and without it as empty sections', () => {
    const document = createDocumentFromTemplate(readout, { subject: 'Weekly call' }, { now: new Date('2026-11-28T10:00:00Z') });
    document.body.root.children.splice(1, 1, { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Standing item: prison inspections.' }] });
    const withText = templateFromDocument(document, { id: 'weekly-call', name: 'Weekly call', description: '', includeText: true }, readout);
    const withoutText = templateFromDocument(document, { id: 'weekly-call', name: 'Weekly call', description: '' }, readout);
    const now = { now: new Date('2026-12-05T10:00:00Z') };
    expect(createDocumentFromTemplate(withText, { subject: 'Next week' }, now).body).toEqual(document.body);
    expect(JSON.stringify(createDocumentFromTemplate(withoutText, { subject: 'Next week' }, now).body)).not.toContain('Standing item');
  });
});

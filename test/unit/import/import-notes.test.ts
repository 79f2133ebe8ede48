import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBrief, encodeBrief } from '../../../core/document/container';
import { BodySchema, BriefDocumentSchema, type SerializedBodyNode } from '../../../core/document/schema';
import { importNotes } from '../../../core/import/import-notes';
import { findTemplate } from '../../../core/templates/builtin';
import type { Template } from '../../../core/templates/schema';

const notes = (name: string): string => readFileSync(new URL(`../../fixtures/notes/${name}`, import.meta.url), 'utf8');
const now = new Date('2026-12-01T09:00:00Z');
const readout = findTemplate('meeting-readout') as Template;
const text = (node: SerializedBodyNode): string => (node.children ?? []).map((child) => (typeof child.text === 'string' ? child.text : text(child))).join('');
const outline = (children: readonly SerializedBodyNode[]): string[] =>
  children.filter((node) => node.type === 'heading' || node.type === 'section-heading').map((node) => `${node.type === 'section-heading' ? `§${String(node.sectionId)}` : String(node.tag)} ${text(node)}`);

describe('importNotes without a template', () => {
  it('makes a blank document titled by the first heading, whose body the editor’s schema accepts and that survives a save', () => {
    const { document, warnings, blocks } = importNotes(notes('readout-notes.md'), { format: 'markdown', now, title: 'readout-notes' });
    expect(warnings).toEqual([]);
    expect(document.metadata).toMatchObject({ title: 'Readout: harbour authority – port liaison team', templateId: 'blank' });
    expect(blocks).toBe(12);
    expect(BodySchema.safeParse(document.body).success).toBe(true);
    expect(BriefDocumentSchema.safeParse(document).success).toBe(true);
    expect(decodeBrief(encodeBrief(document))).toEqual(document);
  });

  it('takes the title it is given when the notes have no heading', () => {
    const { document } = importNotes(notes('kitchen-note.txt'), { format: 'text', now, title: 'kitchen-note' });
    expect(document.metadata.title).toBe('kitchen-note');
    expect(document.body.root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(decodeBrief(encodeBrief(document))).toEqual(document);
  });

  it('gives empty notes the empty paragraph an editor needs', () => {
    const { document } = importNotes('', { format: 'markdown', now });
    expect(document.body.root.children).toHaveLength(1);
    expect(document.body.root.children[0]).toMatchObject({ type: 'paragraph', children: [] });
  });

  it('survives a save with hostile notes, keeping none of their markup', () => {
    const { document, warnings } = importNotes(notes('hostile.md'), { format: 'markdown', now });
    expect(warnings.length).toBeGreaterThan(0);
    expect(JSON.stringify(document.body)).not.toMatch(/script|javascript|onclick/i);
    expect(decodeBrief(encodeBrief(document))).toEqual(document);
  });
});

describe('importNotes with the meeting-readout template', () => {
  const values = { subject: 'Readout: harbour authority', date: '2026-11-24', participants: [{ name: 'R. Okafor', title: 'Harbour master', organisation: 'Port authority', side: '' }] };
  const imported = importNotes(notes('readout-notes.md'), { format: 'markdown', template: readout, values, now });
  const children = imported.document.body.root.children;

  it('takes the template’s metadata and defaults, the subject as its title', () => {
    expect(imported.document.metadata).toMatchObject({ templateId: 'meeting-readout', title: 'Readout: harbour authority' });
    expect(imported.document.metadata.fields.date).toBe('2026-11-24');
    // The built-in readout leaves marking, yardstick and notes to the analyst's preferences; without them, the built-in defaults.
    expect(imported.document.marking.scheme).toBe('none');
    expect(imported.document.settings).toEqual({ citationStyle: readout.defaults.citationStyle, yardstick: 'icd-203', notes: 'footnotes' });
  });

  it('turns headings named like sections (any case, a trailing colon) into those sections, with the template’s role and guidance', () => {
    expect(imported.sectionsMatched.map((section) => section.id)).toEqual(['summary', 'key-points', 'follow-ups']);
    const keyPoints = children.find((node) => node.sectionId === 'key-points') as SerializedBodyNode;
    const section = readout.sections.find((candidate) => candidate.id === 'key-points');
    expect(keyPoints).toMatchObject({ type: 'section-heading', role: 'reporting', guidance: section?.guidance, required: true, tag: `h${section?.level}` });
    expect(text(keyPoints)).toBe('Key points');
    const summary = children.find((node) => node.sectionId === 'summary') as SerializedBodyNode;
    expect(summary.role).toBe('reporting');
  });

  it('keeps the notes’ order, and adds the missing sections empty where the template puts them', () => {
    expect(outline(children)).toEqual([
      'h1 Readout: harbour authority – port liaison team',
      '§purpose Purpose',
      '§summary Summary',
      '§key-points Key points',
      '§commitments Commitments and requests',
      '§follow-ups Follow-ups',
      '§analyst-comment Analyst comment',
    ]);
    expect(imported.sectionsAdded.map((section) => section.id)).toEqual(['purpose', 'commitments', 'analyst-comment']);
    // An added section is its heading and one empty paragraph; a matched one is followed by the notes' content.
    const purpose = children.findIndex((node) => node.sectionId === 'purpose');
    expect(children[purpose + 1]).toMatchObject({ type: 'paragraph', children: [] });
    const keyPoints = children.findIndex((node) => node.sectionId === 'key-points');
    expect(children.slice(keyPoints + 1, keyPoints + 4).map((node) => node.type)).toEqual(['list', 'list', 'quote']);
    const followUps = children.findIndex((node) => node.sectionId === 'follow-ups');
    expect(children[followUps + 1]?.type).toBe('table');
  });

  it('never moves what the analyst wrote: sections out of template order stay as written', () => {
    const { document } = importNotes('## Key points\n\nThey spoke.\n\n## Purpose\n\nWhy we met.', { format: 'markdown', template: readout, values, now });
    expect(outline(document.body.root.children)).toEqual([
      '§summary Summary',
      '§key-points Key points',
      '§purpose Purpose',
      '§commitments Commitments and requests',
      '§follow-ups Follow-ups',
      '§analyst-comment Analyst comment',
    ]);
  });

  it('keeps a second heading for the same section as an ordinary heading, and says so', () => {
    const { document, warnings } = importNotes('## Summary\n\nOne.\n\n## summary:\n\nTwo.', { format: 'markdown', template: readout, values, now });
    expect(outline(document.body.root.children).slice(0, 3)).toEqual(['§purpose Purpose', '§summary Summary', 'h2 summary:']);
    expect(warnings).toEqual(['The notes have a second “Summary” heading; it was kept as an ordinary heading, since a document has each section once.']);
  });

  it('gives a matched section with nothing under it the empty paragraph its guidance shows in', () => {
    const { document } = importNotes('## Summary\n## Key points\n\nSaid.', { format: 'markdown', template: readout, values, now });
    const body = document.body.root.children;
    const summary = body.findIndex((node) => node.sectionId === 'summary');
    expect(body[summary + 1]).toMatchObject({ type: 'paragraph', children: [] });
  });

  it('makes a document the container reads back unchanged', () => {
    expect(BriefDocumentSchema.safeParse(imported.document).success).toBe(true);
    expect(decodeBrief(encodeBrief(imported.document))).toEqual(imported.document);
  });
});

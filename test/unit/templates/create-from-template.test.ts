import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBrief, encodeBrief } from '../../../core/document/container';
import { BriefDocumentSchema, type MetadataValue } from '../../../core/document/schema';
import { runChecks } from '../../../core/checks/run-checks';
import { BriefError } from '../../../core/errors';
import { findTemplate } from '../../../core/templates/builtin';
import { createDocumentFromTemplate, parsePeople, validateMetadata } from '../../../core/templates/create-from-template';
import { parseTemplate, type Template } from '../../../core/templates/schema';

const NOW = new Date('2022-01-31T08:00:00Z');
const readout = findTemplate('meeting-readout') as Template;
const assessment = findTemplate('threat-assessment') as Template;

/** The meeting of the worked example: the Iraqi NSA and the Commander of NATO Mission Iraq. */
function arajiAnker(): Record<string, MetadataValue> {
  return {
    subject: 'Readout: Iraqi NSA al-Araji – Commander, NATO Mission Iraq (Anker), 30 January 2022',
    date: '2022-01-30',
    place: 'Baghdad',
    participants: parsePeople('Qasim al-Araji|National Security Advisor|Iraq; Michael Anker|Commander|NATO Mission Iraq'),
    notetaker: 'Test Analyst',
  };
}

describe('a readout created from its template', () => {
  const document = createDocumentFromTemplate(readout, arajiAnker(), { now: NOW, author: 'Test Analyst' });

  it('carries the meeting’s metadata, titled by its subject', () => {
    expect(document.metadata).toEqual({
      title: 'Readout: Iraqi NSA al-Araji – Commander, NATO Mission Iraq (Anker), 30 January 2022',
      templateId: 'meeting-readout',
      author: 'Test Analyst',
      created: '2022-01-31T08:00:00.000Z',
      modified: '2022-01-31T08:00:00.000Z',
      fields: {
        subject: 'Readout: Iraqi NSA al-Araji – Commander, NATO Mission Iraq (Anker), 30 January 2022',
        date: '2022-01-30',
        place: 'Baghdad',
        participants: [
          { name: 'Qasim al-Araji', title: 'National Security Advisor', organisation: 'Iraq', side: '' },
          { name: 'Michael Anker', title: 'Commander', organisation: 'NATO Mission Iraq', side: '' },
        ],
        notetaker: 'Test Analyst',
      },
    });
  });

  it('takes its marking and settings from the template’s defaults', () => {
    expect(document.marking).toEqual({ scheme: 'none', level: null, controls: [] });
    expect(document.settings).toEqual({ citationStyle: 'notes', yardstick: 'icd-203', notes: 'footnotes' });
  });

  it('has the section skeleton in order, each heading with its role and guidance and followed by one empty paragraph', () => {
    const children = document.body.root.children;
    expect(children.map((node) => node.type)).toEqual(Array.from({ length: 6 }, () => ['section-heading', 'paragraph']).flat());
    const headings = children.filter((node) => node.type === 'section-heading');
    expect(headings.map((node) => [node.sectionId, node.role, node.children?.[0]?.text])).toEqual([
      ['purpose', 'other', 'Purpose'],
      ['summary', 'reporting', 'Summary'],
      ['key-points', 'reporting', 'Key points'],
      ['commitments', 'reporting', 'Commitments and requests'],
      ['follow-ups', 'other', 'Follow-ups'],
      ['analyst-comment', 'comment', 'Analyst comment'],
    ]);
    expect(headings[1]).toEqual({
      type: 'section-heading',
      version: 1,
      tag: 'h2',
      sectionId: 'summary',
      role: 'reporting',
      guidance: readout.sections[1]?.guidance,
      required: true,
      direction: null,
      format: '',
      indent: 0,
      children: [{ type: 'text', version: 1, text: 'Summary', format: 0, detail: 0, mode: 'normal', style: '' }],
    });
    expect(children[1]).toEqual({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] });
  });

  it('keeps the guidance out of the text: the only text is the section headings', () => {
    const texts = JSON.stringify(document.body).match(/"text":"[^"]*"/g);
    expect(texts).toEqual(readout.sections.map((section) => `"text":"${section.heading}"`));
  });

  it('is a valid document that saves and reopens unchanged', () => {
    expect(BriefDocumentSchema.safeParse(document).success).toBe(true);
    expect(decodeBrief(encodeBrief(document))).toEqual(document);
  });
});

describe('creating from a template', () => {
  it('gives the threat assessment its ten sections, key judgments first', () => {
    const document = createDocumentFromTemplate(assessment, { subject: 'Foreign ISIS detainees', date: '2022-01-31' }, { now: NOW });
    const headings = document.body.root.children.filter((node) => node.type === 'section-heading');
    expect(headings).toHaveLength(10);
    expect(headings[0]).toMatchObject({ sectionId: 'key-judgments', role: 'key-judgments', required: true });
    expect(document.metadata.author).toBe('');
  });

  it('starts every portion of a SECRET assessment at SECRET, and leaves an unclassified one unmarked', () => {
    const defaults = { author: '', marking: { scheme: 'us', level: 'S' }, yardstick: 'icd-203', notes: 'footnotes' } as const;
    const secret = createDocumentFromTemplate(assessment, { subject: 'Foreign ISIS detainees', date: '2022-01-31' }, { now: NOW, defaults });
    const marks = secret.body.root.children.map((node) => (node.$ as { portion?: string } | undefined)?.portion ?? '');
    expect(marks).toHaveLength(20);
    expect(new Set(marks)).toEqual(new Set(['S']));
    expect(runChecks(secret).filter((finding) => finding.rule === 'markings.unmarked-portion')).toEqual([]);

    const unclassified = createDocumentFromTemplate(assessment, { subject: 'Foreign ISIS detainees', date: '2022-01-31' }, { now: NOW, defaults: { ...defaults, marking: { scheme: 'us', level: 'U' } } });
    expect(unclassified.body.root.children.some((node) => node.$ !== undefined)).toBe(false);
  });

  it('gives a blank document one empty paragraph and no title when no subject is given', () => {
    const document = createDocumentFromTemplate(findTemplate('blank') as Template, {}, { now: NOW });
    expect(document.metadata.title).toBe('');
    expect(document.metadata.templateId).toBe('blank');
    expect(document.body.root.children).toEqual([{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] }]);
  });

  it('fills fields from the template’s defaults, overlaid by the values given', () => {
    const template = parseTemplate(
      {
        id: 'call-note',
        name: 'Call note',
        description: '',
        fields: [
          { name: 'subject', label: 'Subject', type: 'text' },
          { name: 'channel', label: 'Channel', type: 'select', options: ['Phone', 'Video'], default: 'Phone' },
          { name: 'place', label: 'Place', type: 'place', default: 'Erbil' },
          { name: 'attendees', label: 'Attendees', type: 'people', default: 'A. Analyst|Desk officer|Our side' },
        ],
        sections: [{ id: 'notes', heading: 'Notes', level: 1, guidance: 'What was said.', role: 'reporting' }],
        defaults: { marking: { scheme: 'tlp', level: 'TLP:AMBER' }, citationStyle: 'both', yardstick: 'phia', notes: 'endnotes' },
      },
      'call-note.json',
    );
    const document = createDocumentFromTemplate(template, { channel: 'Video' }, { now: NOW });
    expect(document.metadata.fields).toEqual({
      channel: 'Video',
      place: 'Erbil',
      attendees: [{ name: 'A. Analyst', title: 'Desk officer', organisation: 'Our side', side: '' }],
    });
    expect(document.marking).toEqual({ scheme: 'tlp', level: 'TLP:AMBER', controls: [] });
    expect(document.settings).toEqual({ citationStyle: 'both', yardstick: 'phia', notes: 'endnotes' });
    expect(document.body.root.children[0]).toMatchObject({ type: 'section-heading', tag: 'h1' });
  });

  it('refuses values for fields the template does not have, naming them', () => {
    expect(() => createDocumentFromTemplate(readout, { ...arajiAnker(), venue: 'Baghdad', purpose: 'x' }, { now: NOW })).toThrow(
      new BriefError('invalid-request', 'The template "Meeting readout" has no fields named "venue", "purpose". Its fields are: subject, date, time, place, participants, notetaker, distribution.'),
    );
  });
});

describe('checking the metadata form', () => {
  it('accepts the worked example', () => {
    expect(validateMetadata(readout, arajiAnker())).toEqual([]);
  });

  it('names each missing required field', () => {
    expect(validateMetadata(readout, { subject: '  ', participants: [] })).toEqual([
      { field: 'subject', message: 'Subject is required.' },
      { field: 'date', message: 'Date is required.' },
      { field: 'participants', message: 'Participants is required.' },
    ]);
  });

  it.each(['2022-02-30', '2022-13-01', '30-01-2022', '2022-1-30', 'yesterday', '2021-02-29'])('refuses %s as a date', (date) => {
    expect(validateMetadata(readout, { ...arajiAnker(), date })).toEqual([{ field: 'date', message: 'Date must be a date like 2022-01-30.' }]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(validateMetadata(readout, { ...arajiAnker(), date: '2024-02-29' })).toEqual([]);
  });

  const meeting = parseTemplate(
    {
      id: 'meeting',
      name: 'Meeting',
      description: '',
      fields: [
        { name: 'start', label: 'Start', type: 'date-time' },
        { name: 'channel', label: 'Channel', type: 'select', options: ['Phone', 'Video'] },
        { name: 'participants', label: 'Participants', type: 'people' },
      ],
      sections: [],
      defaults: { marking: { scheme: 'none', level: null } },
    },
    'meeting.json',
  );

  it('checks a date and time for a real calendar date and clock time', () => {
    expect(validateMetadata(meeting, { start: '2022-01-30T14:30' })).toEqual([]);
    for (const start of ['2022-01-30', '2022-01-30T24:00', '2022-02-30T10:00', '2022-01-30 14:30']) {
      expect(validateMetadata(meeting, { start })).toEqual([{ field: 'start', message: 'Start must be a date and time like 2022-01-30T14:30.' }]);
    }
  });

  it('accepts only the listed choices for a select field', () => {
    expect(validateMetadata(meeting, { channel: 'Video' })).toEqual([]);
    expect(validateMetadata(meeting, { channel: 'Carrier pigeon' })).toEqual([{ field: 'channel', message: 'Channel must be one of: Phone, Video.' }]);
  });

  it('wants a name for every person, and people where people are expected', () => {
    expect(validateMetadata(meeting, { participants: parsePeople('|Commander|NATO Mission Iraq') })).toEqual([
      { field: 'participants', message: 'Person 1 in Participants has no name.' },
    ]);
    expect(validateMetadata(meeting, { participants: 'Qasim al-Araji' })).toEqual([{ field: 'participants', message: 'Participants must be a list of people.' }]);
    expect(validateMetadata(readout, { ...arajiAnker(), subject: arajiAnker().participants as MetadataValue })).toEqual([
      { field: 'subject', message: 'Subject must be text, not a list of people.' },
    ]);
  });
});

describe('people typed on one line', () => {
  it('reads name|title|organisation, people separated by semicolons, ignoring empty entries', () => {
    expect(parsePeople(' Qasim al-Araji | National Security Advisor | Iraq ;; Michael Anker|Commander ; ')).toEqual([
      { name: 'Qasim al-Araji', title: 'National Security Advisor', organisation: 'Iraq', side: '' },
      { name: 'Michael Anker', title: 'Commander', organisation: '', side: '' },
    ]);
  });
});

describe('document settings in the file', () => {
  it('a document saved before settings existed opens with the defaults', () => {
    const document = createDocumentFromTemplate(readout, arajiAnker(), { now: NOW });
    const parts = unzipSync(encodeBrief(document));
    const head = JSON.parse(strFromU8(parts['document.json'] as Uint8Array)) as Record<string, unknown>;
    expect(head.settings).toEqual({ citationStyle: 'notes', yardstick: 'icd-203', notes: 'footnotes' });
    delete head.settings;
    const older = zipSync({ ...parts, mimetype: [parts.mimetype as Uint8Array, { level: 0 }], 'document.json': strToU8(JSON.stringify(head)) });
    expect(decodeBrief(older).settings).toEqual({ citationStyle: 'notes', yardstick: 'icd-203', notes: 'footnotes' });
  });

  it('chosen settings survive a save and reopen', () => {
    const document = createDocumentFromTemplate(readout, arajiAnker(), { now: NOW });
    document.settings = { citationStyle: 'source-list', yardstick: 'phia', notes: 'endnotes' };
    expect(decodeBrief(encodeBrief(document)).settings).toEqual(document.settings);
  });
});

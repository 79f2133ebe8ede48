import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BRIEF_MIME_TYPE, decodeBrief } from '../../../core/document/container';
import { emptyBody } from '../../../core/document/create';
import { migrateForward, migrations, type Migration, type RawParts } from '../../../core/document/migrations';
import { BriefError } from '../../../core/errors';

const formatZero: RawParts = { formatVersion: 0, document: { heading: 'Old title' }, body: {}, sources: [], media: {} };

describe('format migrations', () => {
  it('runs each registered step in order up to the target format', () => {
    const steps = new Map<number, Migration>([
      [0, (parts) => ({ ...parts, formatVersion: 1, document: { title: (parts.document as { heading: string }).heading } })],
      [1, (parts) => ({ ...parts, formatVersion: 2, document: { ...(parts.document as object), upgraded: true } })],
    ]);
    expect(migrateForward(formatZero, steps, 2)).toEqual({ ...formatZero, formatVersion: 2, document: { title: 'Old title', upgraded: true } });
  });

  it('leaves a current file untouched', () => {
    const current = { ...formatZero, formatVersion: 1 };
    expect(migrateForward(current, new Map(), 1)).toBe(current);
  });

  it('says plainly when no step exists for an old format', () => {
    expect(() => migrateForward(formatZero, new Map(), 1)).toThrow(BriefError);
    expect(() => migrateForward(formatZero, new Map(), 1)).toThrow('uses format 0');
  });

  it('rejects a step that skips or repeats a version', () => {
    const broken = new Map<number, Migration>([[0, (parts) => ({ ...parts, formatVersion: 0 })]]);
    expect(() => migrateForward(formatZero, broken, 1)).toThrow('upgrade step is broken');
  });
});

describe('opening a file of an older format', () => {
  // A hand-made "format 0" file: the title and author sat at the top of document.json, and there
  // was no marking yet. The step below is what a real migration looks like.
  const formatZeroFile = zipSync({
    mimetype: [strToU8(BRIEF_MIME_TYPE), { level: 0 }],
    'manifest.json': strToU8(JSON.stringify({ formatVersion: 0, generator: 'Briefwright 0.0' })),
    'document.json': strToU8(
      JSON.stringify({ title: 'Readout of an old meeting', author: 'An Analyst', created: '2025-01-30T09:00:00Z', fields: { place: 'Baghdad' } }),
    ),
    'body.json': strToU8(JSON.stringify(emptyBody())),
    'sources.json': strToU8('[]'),
  });
  const zeroToOne: Migration = (parts) => {
    const old = parts.document as { title: string; author: string; created: string; fields: Record<string, string> };
    return {
      ...parts,
      formatVersion: 1,
      document: {
        metadata: { title: old.title, templateId: 'blank', author: old.author, created: old.created, modified: old.created, fields: old.fields },
        marking: { scheme: 'none', level: null, controls: [] },
      },
    };
  };

  it('migrates it forward and validates it as a current document', () => {
    const document = decodeBrief(formatZeroFile, { migrationSteps: new Map([...migrations, [0, zeroToOne]]) });
    expect(document.formatVersion).toBe(2);
    expect(document.metadata).toEqual({
      title: 'Readout of an old meeting',
      templateId: 'blank',
      author: 'An Analyst',
      created: '2025-01-30T09:00:00Z',
      modified: '2025-01-30T09:00:00Z',
      fields: { place: 'Baghdad' },
    });
    expect(document.marking.scheme).toBe('none');
  });

  it('refuses it plainly when no step is registered', () => {
    expect(() => decodeBrief(formatZeroFile)).toThrow(BriefError);
  });
});

describe('format 1 to 2: sources get their full shape', () => {
  // A format-1 file as Briefwright 0.1 wrote it: a source's details in a loose map of strings.
  const formatOneFile = zipSync({
    mimetype: [strToU8(BRIEF_MIME_TYPE), { level: 0 }],
    'manifest.json': strToU8(JSON.stringify({ formatVersion: 1, generator: 'Briefwright 0.1.0' })),
    'document.json': strToU8(
      JSON.stringify({
        metadata: { title: 'Readout', templateId: 'blank', author: '', created: '2026-11-28T10:00:00Z', modified: '2026-11-28T10:00:00Z', fields: {} },
        marking: { scheme: 'none', level: null, controls: [] },
      }),
    ),
    'body.json': strToU8(JSON.stringify(emptyBody())),
    'sources.json': strToU8(
      JSON.stringify([
        {
          id: 'src-1',
          title: 'Adviser urges repatriation',
          fields: { publisher: 'Example News', issued: '2022-01-30', url: 'https://news.example.org/a', desk: 'Middle East' },
          snapshot: { text: 'The adviser said…', sha256: 'a'.repeat(64), capturedAt: '2026-11-28T10:00:00Z' },
        },
        { id: 'src-2', title: 'Undated note', fields: { issued: 'last Tuesday' }, snapshot: null },
      ]),
    ),
  });

  it('moves known fields to their places and keeps the rest in the notes', () => {
    const [first, second] = decodeBrief(formatOneFile).sources;
    expect(first).toMatchObject({
      id: 'src-1',
      title: 'Adviser urges repatriation',
      publisher: 'Example News',
      issued: '2022-01-30',
      url: 'https://news.example.org/a',
      notes: 'desk: Middle East',
      reliability: null,
      snapshot: { text: 'The adviser said…', format: 'text', dropped: [] },
    });
    // A date format 2 cannot hold is not guessed: it is kept, word for word, in the notes.
    expect(second).toMatchObject({ issued: '', notes: 'issued: last Tuesday' });
  });
});

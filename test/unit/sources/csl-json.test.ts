import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../core/errors';
import { fromCslJson, stripCslMarkup, toCslJson } from '../../../core/sources/csl-json';
import { CSL_TYPES, CREDIBILITY, RELIABILITY, SOURCE_KINDS, SourceSchema, type DocumentSource, type SourceInput } from '../../../core/sources/schema';
import { propertySeed } from '../property-seed';

const PROPERTY_SEED = propertySeed();

const FIXTURES = join(__dirname, '../../fixtures/sources/interchange');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const source = (fields: Partial<SourceInput> & { id: string }): DocumentSource => SourceSchema.parse({ title: '', ...fields });

const HASAKA = source({
  id: 'rudaw-hasaka',
  cslType: 'article-newspaper',
  title: 'Death Toll from Hasaka Prison Attack Rises to 373',
  authors: [{ family: 'Bechocha', given: 'Julian' }, { literal: 'Rudaw staff' }],
  containerTitle: 'Rudaw',
  publisher: 'Rudaw Media Network',
  issued: '2022-01-30',
  url: 'https://www.rudaw.net/english/middleeast/syria/hasaka',
  accessed: '2026-11-28',
  language: 'en',
  place: 'Erbil',
  originator: 'SOHR',
  kind: 'news-report',
  reliability: 'C',
  credibility: '3',
  descriptor: 'Kurdistan Region broadcaster;\nfigures second-hand.',
  portionMark: 'U',
  notes: 'Check against the SOHR release.',
});

function expectRefused(input: unknown, message: RegExp): void {
  try {
    fromCslJson(input);
  } catch (error) {
    expect(error).toBeInstanceOf(BriefError);
    expect((error as BriefError).code).toBe('invalid-request');
    expect((error as BriefError).message).toMatch(message);
    return;
  }
  throw new Error('expected the input to be refused');
}

describe('writing CSL-JSON', () => {
  it('maps the bibliographic fields and carries the analyst fields as Extra lines in `note`', () => {
    expect(toCslJson([HASAKA])).toEqual([
      {
        id: 'rudaw-hasaka',
        type: 'article-newspaper',
        title: 'Death Toll from Hasaka Prison Attack Rises to 373',
        author: [{ family: 'Bechocha', given: 'Julian' }, { literal: 'Rudaw staff' }],
        'container-title': 'Rudaw',
        publisher: 'Rudaw Media Network',
        'publisher-place': 'Erbil',
        issued: { 'date-parts': [[2022, 1, 30]] },
        accessed: { 'date-parts': [[2026, 11, 28]] },
        URL: 'https://www.rudaw.net/english/middleeast/syria/hasaka',
        language: 'en',
        note: [
          'briefwright-originator: SOHR',
          'briefwright-kind: news-report',
          'briefwright-reliability: C',
          'briefwright-credibility: 3',
          'briefwright-descriptor: Kurdistan Region broadcaster;\\nfigures second-hand.',
          'briefwright-portion-mark: U',
          'Check against the SOHR release.',
        ].join('\n'),
      },
    ]);
  });

  it('leaves out what is empty and writes partial dates as partial date-parts', () => {
    expect(toCslJson([source({ id: 'r', cslType: 'report', title: 'Annual Review', issued: '2023-05', kind: 'report' })])).toEqual([
      { id: 'r', type: 'report', title: 'Annual Review', issued: { 'date-parts': [[2023, 5]] }, note: 'briefwright-kind: report' },
    ]);
  });
});

describe('reading a Zotero CSL-JSON export', () => {
  const { sources, problems } = fromCslJson(fixture('zotero-export.json'));
  const byTitle = (start: string) => sources.find((value) => value.title.startsWith(start));

  it('reads every item, taking the item key from Zotero’s URI as the id', () => {
    expect(sources.map((value) => value.id)).toEqual(['7XKQ2M4P', 'Q2W3E4R5', 'ZX12CV34', 'ITEM-4']);
  });

  it('reads the analyst fields back from Extra and keeps the rest of Extra as notes', () => {
    expect(byTitle('Death toll')).toMatchObject({
      cslType: 'article-newspaper',
      authors: [{ family: 'Writer', given: 'Test' }],
      containerTitle: 'Rudaw',
      issued: '2022-01-30',
      accessed: '2026-11-28',
      place: 'Erbil',
      originator: 'Syrian Observatory for Human Rights (SOHR)',
      kind: 'news-report',
      reliability: 'B',
      credibility: '3',
      descriptor: 'Kurdistan Region broadcaster; figures second-hand from SOHR.',
      portionMark: 'U',
      notes: 'Casualty figures checked against the SOHR release.',
    });
    expect(byTitle('Detained')?.notes).toBe('original-date: 2023\nRead alongside the 2021 report.');
  });

  it('strips CSL formatting tags from titles, takes a report’s series as its container, a literal author as literal', () => {
    expect(byTitle('Detained')).toMatchObject({
      title: 'Detained and Forgotten: Foreign Fighters in North-East Syria',
      containerTitle: 'Middle East Report',
      authors: [{ literal: 'International Crisis Group' }],
      issued: '2023-05',
      kind: 'report',
      reliability: 'A',
      credibility: '2',
    });
  });

  it('keeps an Arabic title exactly and infers a source type from the kind when Extra has none', () => {
    expect(byTitle('العراق')).toMatchObject({ title: 'العراق يدعو الدول إلى استعادة رعاياها', containerTitle: 'وزارة الخارجية العراقية', language: 'ar', kind: 'other', reliability: null });
  });

  it('reads a type outside our set as the nearest one, joins name particles, and leaves an unreadable date for the analyst', () => {
    expect(byTitle('Prison Break-outs')).toMatchObject({ cslType: 'report', authors: [{ family: 'van Gogh', given: 'Anna' }], issued: '' });
    expect(problems).toEqual([
      'Reference 4 (“Prison Break-outs and Insurgent Recovery”): the publication date “Spring 2021” could not be read as a date; it was left empty for you to fill in.',
    ]);
  });
});

describe('reading references that cannot all be used', () => {
  it('skips bad items by their number and keeps the rest', () => {
    const { sources, problems } = fromCslJson(fixture('bad-items.json'));
    expect(sources.map((value) => value.id)).toEqual(['good-1', 'good-1-2', 'bad-date']);
    expect(problems).toEqual([
      'Reference 2 was skipped: it is not a reference.',
      'Reference 3 (“Authors given as text”) was skipped: its “author” has the wrong kind of value.',
      'Reference 4 was skipped: it has no title, author, outlet or URL to cite it by.',
      'Reference 5 (“A second item with the same id”): the source type “rumour” is not one Briefwright knows; it was set to “Other”.',
      'Reference 5 (“A second item with the same id”): the reliability grade “Z” is not A–F; it was left ungraded.',
      'Reference 6 was skipped: it is not a reference.',
      'Reference 7 (“Impossible month”): the publication date “2022-13-1” could not be read as a date; it was left empty for you to fill in.',
    ]);
    expect(sources[1]).toMatchObject({ kind: 'other', reliability: null });
  });

  it('refuses text that is not JSON, and JSON that is not a list', () => {
    expectRefused('[{"id": "a", "title": "cut off', /not valid JSON/);
    expectRefused('', /not valid JSON/);
    expectRefused('{"id": "a", "title": "One item, not a list"}', /should hold a list/);
    expectRefused(null, /should hold a list/);
    expectRefused(42, /should hold a list/);
  });

  it('says so when the list is empty', () => {
    expect(fromCslJson('[]')).toEqual({ sources: [], problems: ['The file holds no references.'] });
  });

  it('accepts what other exporters write: numbers for text, null for none, raw and string dates, a DOI for a link', () => {
    const { sources, problems } = fromCslJson([
      { id: 17, type: 'article-journal', title: 'Numbered', publisher: null, issued: { raw: '2021-06-15T08:00:00Z' }, accessed: '2026/11/28', DOI: '10.1080/1057610X.2021.1', volume: 44 },
      { type: 'motion_picture', title: 'Untyped id', author: [{ given: 'Madonna' }, {}] },
    ]);
    expect(sources[0]).toMatchObject({ id: '17', publisher: '', issued: '2021-06-15', accessed: '2026-11-28', url: 'https://doi.org/10.1080/1057610X.2021.1', kind: 'academic' });
    expect(sources[1]).toMatchObject({ id: 'source-2', cslType: 'broadcast', authors: [{ literal: 'Madonna' }] });
    expect(problems).toEqual(['Reference 2 (“Untyped id”): an author with no name was left out.']);
  });

  it('skips an item with a field longer than a source keeps', () => {
    const { sources, problems } = fromCslJson([{ id: 'long', title: 'x'.repeat(1001) }]);
    expect(sources).toEqual([]);
    expect(problems[0]).toMatch(/^Reference 1 \(“x+…”\) was skipped: its “title” is longer than Briefwright keeps\.$/);
  });

  it('reads Extra lines written with Windows line ends, and lines Zotero or others added', () => {
    const { sources } = fromCslJson([{ id: 'w', title: 'T', note: 'Original Date: 2020\r\nbriefwright-reliability: D\r\nbriefwright-kind: official-statement\r\nNotes' }]);
    expect(sources[0]).toMatchObject({ reliability: 'D', kind: 'official-statement', notes: 'Original Date: 2020\r\nNotes' });
  });
});

// ── The round trip ───────────────────────────────────────────────────────────────────

const text = (maxLength: number, minLength = 0) => fc.string({ unit: 'binary', minLength, maxLength });
// CSL itself reads <i>, <b>… in titles as formatting, so a title containing them is not plain text to any CSL tool.
const title = (maxLength: number, minLength = 0) => text(maxLength, minLength).filter((value) => stripCslMarkup(value) === value);
const pad = (value: number) => String(value).padStart(2, '0');
const partialDate = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 9999 }).map((year) => String(year).padStart(4, '0')),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${String(year).padStart(4, '0')}-${pad(month)}`),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([year, month, day]) => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`),
);
const name = fc.oneof(fc.record({ family: text(200, 1), given: text(200) }), fc.record({ literal: text(300, 1) }));
const keysOf = <T extends object>(labels: T) => Object.keys(labels) as (keyof T)[];

const sourceArbitrary = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,100}$/),
  cslType: fc.constantFrom(...CSL_TYPES),
  title: title(1000, 1),
  authors: fc.array(name, { maxLength: 4 }),
  containerTitle: title(500),
  publisher: text(500),
  issued: partialDate,
  url: text(400),
  accessed: partialDate,
  language: text(35),
  place: text(300),
  originator: text(500),
  kind: fc.constantFrom(...keysOf(SOURCE_KINDS)),
  reliability: fc.option(fc.constantFrom(...keysOf(RELIABILITY)), { nil: null }),
  credibility: fc.option(fc.constantFrom(...keysOf(CREDIBILITY)), { nil: null }),
  descriptor: text(300),
  portionMark: text(100),
  notes: text(300),
});

describe('a round trip through CSL-JSON', () => {
  it('keeps values holding line breaks, backslashes and Unicode line separators (found by the property below)', () => {
    const tricky = [source({ id: 'x', title: 'T', portionMark: '\u2028', descriptor: 'one\ntwo\\n\r\u2029three', originator: '  ' })];
    expect(fromCslJson(JSON.stringify(toCslJson(tricky))).sources).toEqual(tricky);
  });

  it('gives back every source exactly, analyst fields included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(sourceArbitrary, { selector: (value) => value.id, minLength: 1, maxLength: 5 }), (inputs) => {
        const sources = inputs.map((input) => SourceSchema.parse(input));
        const exported = JSON.stringify(toCslJson(sources));
        const imported = fromCslJson(exported);
        expect(imported.problems).toEqual([]);
        expect(imported.sources).toEqual(sources);
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });

  it('keeps a Zotero item’s own Extra lines and our fields through an export and import', () => {
    const imported = fromCslJson(fixture('zotero-export.json')).sources;
    expect(fromCslJson(JSON.stringify(toCslJson(imported))).sources).toEqual(imported);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { captureSource } from '../../../../core/sources/capture/capture-source';
import { SourceSchema } from '../../../../core/sources/schema';
import { CAPTURE_TIME, captureOptions, sourceFixture } from '../../../fixtures/sources/capture-fixtures';

const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('capturing a pasted news article (the Rudaw shape)', () => {
  const capture = () => captureSource({ fileName: 'erbil-border-article.txt', bytes: sourceFixture('erbil-border-article.txt') }, captureOptions());

  it('detects headline, outlet, byline, date, dateline and kind, each with its evidence', async () => {
    const { source, detected, warnings } = await capture();
    expect(source).toMatchObject({
      id: 'src-test-1',
      title: 'Border crossing to stay open longer after regional talks',
      containerTitle: 'Rudaw',
      authors: [{ given: 'Dana', family: 'Hawrami' }],
      issued: '2023-03-14',
      place: 'Erbil, Kurdistan Region',
      language: 'en',
      cslType: 'article-newspaper',
      kind: 'news-report',
      accessed: '2026-01-05',
      url: '',
    });
    expect(detected).toEqual([
      { field: 'title', value: 'Border crossing to stay open longer after regional talks', evidence: "first line 'Border crossing to stay open longer after regional talks'" },
      { field: 'issued', value: '2023-03-14', evidence: "date line '14-03-2023', read day first" },
      { field: 'authors', value: 'Dana Hawrami', evidence: "byline 'By Dana Hawrami'" },
      { field: 'containerTitle', value: 'Rudaw', evidence: "line 'Rudaw' near the top" },
      { field: 'place', value: 'Erbil, Kurdistan Region', evidence: "dateline 'ERBIL, Kurdistan Region —'" },
      { field: 'language', value: 'en', evidence: 'Latin script, common English words' },
      { field: 'cslType', value: 'article-newspaper', evidence: "news outlet 'Rudaw'" },
      { field: 'kind', value: 'news-report', evidence: "news outlet 'Rudaw'" },
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps the article body, dateline lead included, and lists every line left out in order', async () => {
    const { source } = await capture();
    const snapshot = source.snapshot;
    expect(snapshot?.text.startsWith('ERBIL, Kurdistan Region — Officials from the Kurdistan Region and a neighbouring province agreed on Tuesday')).toBe(true);
    expect(snapshot?.text.endsWith('A spokesperson for the province said its governor would visit Erbil next month to sign the agreement.')).toBe(true);
    expect(snapshot?.text.split('\n\n')).toHaveLength(4);
    expect(snapshot?.dropped).toEqual([
      'Border crossing to stay open longer after regional talks',
      '14-03-2023',
      'Rudaw',
      'A+ A-',
      'Share',
      'Read more: Traders report long queues at northern crossings',
      'By Dana Hawrami',
      'Tags: Border crossings, Trade',
      'Comments',
      "Rudaw Media Network's comment policy asks readers to keep to the subject of the article and to be courteous to one another.",
      'Comments are moderated and may take some time to appear. We reserve the right to remove comments that break these rules.',
      'Post a comment',
      'Required',
    ]);
  });

  it('fingerprints the snapshot text and records how and when it was captured', async () => {
    const { source } = await capture();
    expect(source.snapshot).toMatchObject({ format: 'text', fileName: 'erbil-border-article.txt', capturedAt: CAPTURE_TIME.toISOString() });
    expect(source.snapshot?.sha256).toBe(sha256(source.snapshot?.text ?? ''));
    expect(SourceSchema.parse(source)).toEqual(source);
  });

  it('reads the same article pasted as text, with Windows line endings', async () => {
    const pasted = utf8(sourceFixture('erbil-border-article.txt')).replace(/\n/g, '\r\n');
    const { source } = await captureSource({ text: pasted, mediaType: 'text/plain' }, captureOptions());
    expect(source.title).toBe('Border crossing to stay open longer after regional talks');
    expect(source.snapshot?.fileName).toBe('');
    expect(source.snapshot?.text).not.toContain('\r');
    expect(source.snapshot?.dropped).toHaveLength(13);
  });
});

describe('capturing Arabic text', () => {
  it('keeps the text byte for byte (marks and Arabic-Indic digits included) and reads the date and language', async () => {
    const file = utf8(sourceFixture('arabic-port-article.txt'));
    const paragraphs = file.trim().split('\n\n');
    const body = paragraphs.slice(2).join('\n\n');
    const { source, detected } = await captureSource({ fileName: 'arabic-port-article.txt', bytes: sourceFixture('arabic-port-article.txt') }, captureOptions());
    expect(source.snapshot?.text).toBe(body);
    expect(source.snapshot?.text).toContain('\u200f«خطوة أولى»\u200f');
    expect(source.snapshot?.sha256).toBe(sha256(body));
    expect(source.title).toBe('سلطة الميناء تؤجل رفع رسوم الرسو');
    expect(source.issued).toBe('2023-03-14');
    expect(source.language).toBe('ar');
    expect(source.snapshot?.dropped).toEqual(['سلطة الميناء تؤجل رفع رسوم الرسو', '١٤-٠٣-٢٠٢٣', 'A+ A-']);
    expect(detected).toContainEqual({ field: 'issued', value: '2023-03-14', evidence: "date line '١٤-٠٣-٢٠٢٣', read day first" });
    expect(detected).toContainEqual({ field: 'language', value: 'ar', evidence: 'Arabic script' });
  });
});

/** A short article in the usual shape, with the given date line. */
function articleWithDate(dateLine: string): string {
  return [
    'Ferry operators warn of winter cuts',
    '',
    dateLine,
    '',
    'Ferry operators said on Monday that they would cut winter sailings on two routes if berth fees rose by a fifth, as the harbour authority has proposed.',
    '',
    'The authority said it would publish its proposal in full next week.',
  ].join('\n');
}

describe('publication dates', () => {
  it.each([
    ['30-01-2022', '2022-01-30'],
    ['30/01/2022', '2022-01-30'],
    ['30 January 2022', '2022-01-30'],
    ['January 30, 2022', '2022-01-30'],
    ['Jan. 30, 2022', '2022-01-30'],
    ['2022-01-30', '2022-01-30'],
    ['Published: Sunday, 30 January 2022 10:45 GMT', '2022-01-30'],
    ['2022-01-30T23:30:00+03:00', '2022-01-30'],
    ['01/30/2022', '2022-01-30'],
    ['January 2022', '2022-01'],
  ])('reads the date line “%s” as %s', async (line, expected) => {
    const { source, warnings } = await captureSource({ text: articleWithDate(line) }, captureOptions());
    expect(source.issued).toBe(expected);
    expect(warnings).toEqual([]);
    expect(source.snapshot?.dropped).toContain(line);
  });

  it('leaves an ambiguous date empty and says why, never guessing', async () => {
    const { source, warnings } = await captureSource({ text: articleWithDate('01/02/2022') }, captureOptions());
    expect(source.issued).toBe('');
    expect(warnings).toEqual(['The date “01/02/2022” could be 1 February 2022 or 2 January 2022, so the publication date was left empty; enter it by hand.']);
  });

  it('leaves a date that does not exist empty', async () => {
    const { source, warnings } = await captureSource({ text: articleWithDate('31-04-2022') }, captureOptions());
    expect(source.issued).toBe('');
    expect(warnings).toEqual(['“31-04-2022” is not a date that exists, so the publication date was left empty; enter it by hand.']);
  });

  it('says so when there is no date at all', async () => {
    const { source, warnings } = await captureSource({ text: articleWithDate('Northshire desk') }, captureOptions());
    expect(source.issued).toBe('');
    expect(warnings).toEqual(['No publication date was found; enter it by hand if the source gives one.']);
  });
});

describe('wire stories and other shapes', () => {
  it('takes a wire agency from the dateline as the outlet when nothing else names one', async () => {
    const text = [
      'Iraq reopens northern crossing',
      '',
      'BAGHDAD (Reuters) - Iraq reopened a northern border crossing on Monday after a week-long closure, two officials said, easing queues of lorries on both sides.',
      '',
      'Reporting by Jane Doe in Baghdad; Editing by John Roe',
    ].join('\n');
    const { source, detected } = await captureSource({ text }, captureOptions());
    expect(source).toMatchObject({ place: 'Baghdad', containerTitle: 'Reuters', originator: '', authors: [{ given: 'Jane', family: 'Doe' }], cslType: 'article-newspaper' });
    expect(detected).toContainEqual({ field: 'containerTitle', value: 'Reuters', evidence: "dateline 'BAGHDAD (Reuters) -'" });
    expect(source.snapshot?.dropped).toEqual(['Iraq reopens northern crossing', 'Reporting by Jane Doe in Baghdad; Editing by John Roe']);
  });

  it('names the agency as originator when another outlet carries its story', async () => {
    const text = [
      'Kurdistan 24',
      'Iraq reopens northern crossing',
      '',
      'DUHOK, Kurdistan Region (AFP) — Iraq reopened a northern border crossing on Monday after a week-long closure, two officials said.',
    ].join('\n');
    const { source } = await captureSource({ text }, captureOptions());
    expect(source).toMatchObject({ containerTitle: 'Kurdistan 24', originator: 'Agence France-Presse', place: 'Duhok, Kurdistan Region', title: 'Iraq reopens northern crossing' });
  });

  it('reads a byline with two authors and a web address line', async () => {
    const text = [
      'Quay repairs to start in April',
      'By Mira Solberg and Tomas Reyes',
      'https://harbourgazette.example/news/quay-repairs',
      '',
      'Repairs to the north quay will start in April and last about six weeks, the harbour office said on Monday.',
    ].join('\n');
    const { source, detected } = await captureSource({ text }, captureOptions());
    expect(source.authors).toEqual([
      { given: 'Mira', family: 'Solberg' },
      { given: 'Tomas', family: 'Reyes' },
    ]);
    expect(source.url).toBe('https://harbourgazette.example/news/quay-repairs');
    expect(source.containerTitle).toBe('harbourgazette.example');
    expect(detected).toContainEqual({ field: 'url', value: 'https://harbourgazette.example/news/quay-repairs', evidence: "web address line 'https://harbourgazette.example/news/quay-repairs'" });
    expect(detected).toContainEqual({ field: 'containerTitle', value: 'harbourgazette.example', evidence: "web address host 'harbourgazette.example'" });
  });

  it('keeps everything when the text has no article paragraph to tell a header from, and titles it by its file', async () => {
    const text = 'Berth 4: closed\nBerth 5: open\nBerth 6: closed';
    const { source, warnings } = await captureSource({ fileName: 'berth-status.txt', bytes: new TextEncoder().encode(text) }, captureOptions());
    expect(source.snapshot?.text).toBe(text);
    expect(source.snapshot?.dropped).toEqual([]);
    expect(source.title).toBe('berth-status');
    expect(source.cslType).toBe('document');
    expect(warnings).toEqual(['No publication date was found; enter it by hand if the source gives one.']);
  });

  it('asks for a title when a pasted text has none', async () => {
    const text = 'The harbour office said on Monday that repairs to the north quay would start in April and last about six weeks.';
    const { source, warnings } = await captureSource({ text }, captureOptions());
    expect(source.title).toBe('');
    expect(source.snapshot?.text).toBe(text);
    expect(warnings).toContain('No headline was found; give the source a title.');
  });
});

import { describe, expect, it } from 'vitest';
import { captureSource } from '../../../../core/sources/capture/capture-source';
import { captureOptions, sourceFixture } from '../../../fixtures/sources/capture-fixtures';

const globals = globalThis as Record<string, unknown>;

describe('capturing a saved news page', () => {
  const capture = () => captureSource({ fileName: 'harbour-gazette-article.html', bytes: sourceFixture('harbour-gazette-article.html') }, captureOptions());

  it('reads the page’s own metadata: og tags, JSON-LD, canonical link and lang', async () => {
    const { source, detected } = await capture();
    expect(source).toMatchObject({
      title: 'Harbour talks stall over berth fees',
      containerTitle: 'The Harbour Gazette',
      publisher: 'Harbour Gazette Media Group',
      authors: [
        { given: 'Mira', family: 'Solberg' },
        { given: 'Tomas', family: 'Reyes' },
      ],
      issued: '2023-03-14',
      url: 'https://harbourgazette.example/news/harbour-talks-stall',
      language: 'en-GB',
      place: 'Port Ellen, Northshire',
      cslType: 'article-newspaper',
      kind: 'news-report',
    });
    expect(detected.map(({ field, evidence }) => [field, evidence])).toEqual([
      ['title', 'meta og:title'],
      ['url', 'link rel=canonical'],
      ['issued', "meta article:published_time '2023-03-14T09:30:00+03:00'"],
      ['authors', 'JSON-LD author'],
      ['authors', 'JSON-LD author'],
      ['containerTitle', 'meta og:site_name'],
      ['publisher', 'JSON-LD publisher'],
      ['place', "dateline 'PORT ELLEN, Northshire —'"],
      ['language', 'html lang attribute'],
      ['cslType', "JSON-LD @type 'NewsArticle'"],
      ['kind', "JSON-LD @type 'NewsArticle'"],
    ]);
  });

  it('keeps the article as plain paragraphs, and lists the page around it and the furniture in it', async () => {
    const { source } = await capture();
    expect(source.snapshot?.format).toBe('html');
    expect(source.snapshot?.text.split('\n\n')).toEqual([
      'PORT ELLEN, Northshire — Talks between the harbour authority and the ferry operators’ association broke down on Tuesday after the two sides failed to agree on new berth fees, according to people present at the meeting.',
      'The authority had proposed raising fees by a fifth from the start of the summer season, saying the money was needed to repair the north quay. The operators said the rise would force them to cut winter sailings on two routes.',
      '“We came ready to compromise and found the door closed,” said a spokesperson for the operators, who asked not to be named because the talks are confidential.',
      'The harbour authority said in a statement that it remained open to further discussions and would publish its proposal in full next week.',
    ]);
    expect(source.snapshot?.dropped).toEqual([
      'Home News Sport',
      'We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.',
      'Accept all cookies',
      'Harbour talks stall over berth fees',
      'By Mira Solberg and Tomas Reyes',
      'Share Facebook Twitter WhatsApp',
      'Read more: Ferry timetable changes announced for spring',
      '© 2023 The Harbour Gazette. All rights reserved.',
    ]);
  });

  it('runs none of the page’s scripts and loads nothing: only text is kept, and the analyst is told', async () => {
    delete globals.briefwrightPageScriptRan;
    delete globals.briefwrightOnloadRan;
    const { source, warnings } = await capture();
    expect(globals.briefwrightPageScriptRan).toBeUndefined();
    expect(globals.briefwrightOnloadRan).toBeUndefined();
    const kept = `${source.snapshot?.text}\n${source.snapshot?.dropped.join('\n')}`;
    for (const trace of ['tracker.example', 'video.example', 'quay.jpg', 'replaced by a script', 'site.css', 'innerHTML']) expect(kept).not.toContain(trace);
    expect(warnings).toEqual(["Only the page's text was kept (left out: 2 scripts, 1 embedded frame and 1 image); nothing in the page was run or loaded."]);
  });
});

describe('capturing a page without metadata', () => {
  it('titles it from its heading, calls it a web page and asks for the date', async () => {
    const { source, detected, warnings } = await captureSource({ fileName: 'quay-notice.html', bytes: sourceFixture('quay-notice.html') }, captureOptions());
    expect(source).toMatchObject({ title: 'Notice of quay works', containerTitle: '', authors: [], issued: '', url: '', language: 'en', cslType: 'webpage', kind: 'other' });
    expect(detected).toContainEqual({ field: 'title', value: 'Notice of quay works', evidence: '<h1>' });
    expect(detected).toContainEqual({ field: 'cslType', value: 'webpage', evidence: 'a web page with no sign of a news outlet' });
    expect(source.snapshot?.text.startsWith('Works on the north quay will begin on 3 April 2023')).toBe(true);
    expect(source.snapshot?.text.endsWith('during opening hours.')).toBe(true);
    expect(source.snapshot?.dropped).toEqual(['Notice of quay works']);
    expect(warnings).toEqual(['No publication date was found; enter it by hand if the source gives one.']);
  });
});

describe('capturing pasted HTML', () => {
  it('reads a clipboard fragment (no <html> or <body>), keeping line breaks inside a paragraph', async () => {
    const html =
      "<meta charset='utf-8'><h2>Berth notice</h2><p>The south berths stay open through the works, the harbour office said on Monday in a notice to all operators.</p><p>Harbour office<br>North quay<br>Port Ellen</p>";
    const { source } = await captureSource({ text: html, mediaType: 'text/html' }, captureOptions());
    expect(source.snapshot?.format).toBe('html');
    expect(source.snapshot?.text).toContain('Harbour office\nNorth quay\nPort Ellen');
    expect(source.snapshot?.text).toContain('The south berths stay open through the works');
  });

  it('recognises HTML by its tags when no type is given', async () => {
    const { source } = await captureSource({ text: '<p>The harbour office said on Monday that the works would start in April.</p><p>Pilots will be briefed.</p>' }, captureOptions());
    expect(source.snapshot?.format).toBe('html');
    expect(source.snapshot?.text).toBe('The harbour office said on Monday that the works would start in April.\n\nPilots will be briefed.');
  });

  it('refuses a page with no text, saying scripts are never run', async () => {
    await expect(captureSource({ text: '<html><body><div id="app"></div><script>render()</script></body></html>', mediaType: 'text/html' }, captureOptions())).rejects.toMatchObject({
      code: 'empty-file',
      message: expect.stringContaining('Briefwright never runs them') as unknown,
    });
  });

  it('reads a page nested thousands of elements deep, whole, and quickly', async () => {
    const html = `${'<div>'.repeat(5000)}<p>The deepest paragraph of the page is still read as text, however deep it sits.</p>${'</div>'.repeat(5000)}`;
    const { source, warnings } = await captureSource({ text: html, mediaType: 'text/html' }, captureOptions());
    expect(source.snapshot?.text).toBe('The deepest paragraph of the page is still read as text, however deep it sits.');
    expect(warnings).toContain("The article could not be told apart from the rest of the page, so the whole page's text was kept (without site furniture); check it.");
  });
});

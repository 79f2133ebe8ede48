import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../../core/citations/anchor';
import type { SerializedBodyNode } from '../../../core/document/schema';
import { ARTICLE, rangeOf } from '../../fixtures/citations/bodies';
import { cite, documentOf, findingsOf, item, list, para, quote, section, source, table } from './builders';

const RUDAW_LIKE = { id: 'outlet', title: 'Adviser presses states to take back detainees', containerTitle: 'Example Regional News', publisher: 'Example Media', reliability: 'B', credibility: '2', snapshot: { text: ARTICLE, sha256: '0'.repeat(64), capturedAt: '2026-11-28T10:00:00Z' } } as const;

function selector(words: string) {
  const { start, end } = rangeOf(ARTICLE, words);
  return selectorFor(ARTICLE, start, end);
}

describe('sourcing.uncited-paragraph', () => {
  const uncited = (blocks: SerializedBodyNode[], role: 'reporting' | 'judgment' = 'reporting') =>
    findingsOf(documentOf([section(role, 'Key points'), ...blocks], { sources: [source(RUDAW_LIKE)] }), 'sourcing.uncited-paragraph').map((finding) => finding.text);

  it.each<[string, SerializedBodyNode, string[]]>([
    ['a paragraph citing nothing', para('Forces began an inspection campaign of prisons.'), ['Forces began an inspection campaign of prisons.']],
    ['a paragraph with a citation', para('Forces began an inspection campaign of prisons.', cite('outlet')), []],
    ['a list item citing nothing', list(item('The adviser raised the camp in the north-east.')), ['The adviser raised the camp in the north-east.']],
    ['a block quote citing nothing', quote('And among them are leaders in the group, he said.'), ['And among them are leaders in the group, he said.']],
    ['a lead-in ending in a colon', para('The adviser made three requests of the mission:'), []],
    ['a caption', para('Table 1. Detainees by facility and nationality.'), []],
    ['a block of fewer than four words', para('None reported.'), []],
    ['an empty paragraph', para(''), []],
    ['text in a table', table(['Facility', 'Detainees'], ['North prison', '400']), []],
    ['an Arabic paragraph citing nothing', para('بدأت القوات حملة تفتيش في السجون الأسبوع الماضي.'), ['بدأت القوات حملة تفتيش في السجون الأسبوع الماضي.']],
  ])('in a reporting section, %s', (_, block, expected) => {
    expect(uncited([block])).toEqual(expected);
  });

  it('reads reporting sections only', () => {
    expect(uncited([para('A break-out is likely within six months.')], 'judgment')).toEqual([]);
  });

  it('flags the whole paragraph, as a warning citing ICD 206', () => {
    const [finding] = findingsOf(documentOf([section('reporting', 'Key points'), para('  Forces began inspections last week.  ')]), 'sourcing.uncited-paragraph');
    expect(finding).toMatchObject({ severity: 'warning', kind: 'sourcing', section: 'Key points', location: { block: 1, range: { start: 2, end: 37 } }, standard: 'ICD 206: source references and descriptors' });
  });
});

describe('the citation checks, carried into the findings', () => {
  it('keep their rules, severities, messages and details', () => {
    const document = documentOf(
      [section('reporting', 'Key points'), para('He said “and among them are leaders of the group”.', cite('outlet', selector('"and among them are leaders in the group,"'))), para('Forces began inspections.', cite('gone'))],
      { sources: [source(RUDAW_LIKE), source({ id: 'spare', title: 'Spare report', reliability: 'A', credibility: '1' })] },
    );
    const found = findingsOf(document, 'citation.quote-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', kind: 'sourcing', text: '“and among them are leaders of the group”', sourceId: 'outlet', citation: { index: 0, path: [1, 1] }, quote: { quoted: 'and among them are leaders of the group' } });
    expect(findingsOf(document, 'citation.dangling')[0]).toMatchObject({ severity: 'error', sourceId: 'gone', location: { block: 2, range: { start: 25, end: 25 } }, message: 'Note 2 cites a source that is not in this document. Choose its source again, or remove the note.' });
    expect(findingsOf(document, 'source.unused')[0]).toMatchObject({ severity: 'warning', subject: { kind: 'source', sourceId: 'spare' }, location: null });
  });
});

describe('sourcing.ungraded-source', () => {
  it('flags a cited source without its grade once, at its first citation', () => {
    const document = documentOf([section('reporting', 'Key points'), para('One.', cite('outlet')), para('Two.', cite('outlet'))], { sources: [source({ ...RUDAW_LIKE, reliability: null, credibility: null })] });
    const found = findingsOf(document, 'sourcing.ungraded-source');
    expect(found.map((finding) => [finding.location?.block, finding.subject])).toEqual([[1, { kind: 'source', sourceId: 'outlet' }]]);
    expect(found[0]?.message).toBe('“Adviser presses states to take back detainees” has no grade. Grade it on the Admiralty code (reliability A–F, credibility 1–6; F and 6 when it cannot be judged).');
  });

  it('names the half that is missing', () => {
    const document = documentOf([para('One.', cite('outlet'))], { sources: [source({ ...RUDAW_LIKE, credibility: null })] });
    expect(findingsOf(document, 'sourcing.ungraded-source')[0]?.message).toContain('has no credibility grade');
  });

  it('takes F and 6 as grades, and leaves an uncited source to the unused-source finding', () => {
    const graded = documentOf([para('One.', cite('outlet'))], { sources: [source({ ...RUDAW_LIKE, reliability: 'F', credibility: '6' })] });
    expect(findingsOf(graded, 'sourcing.ungraded-source')).toEqual([]);
    const uncited = documentOf([para('One.')], { sources: [source({ ...RUDAW_LIKE, reliability: null, credibility: null })] });
    expect(findingsOf(uncited, 'sourcing.ungraded-source')).toEqual([]);
  });
});

describe('sourcing.unnamed-originator', () => {
  const originatorFindings = (fields: Record<string, unknown>, citation: SerializedBodyNode = cite('outlet')) =>
    findingsOf(documentOf([section('reporting', 'Background'), para('The monitor counted 373 dead.', citation)], { sources: [source({ ...RUDAW_LIKE, ...fields })] }), 'sourcing.unnamed-originator');

  it('flags a source its description calls second-hand, with no originator', () => {
    const [finding] = originatorFindings({ descriptor: 'Regional outlet; casualty figures are second-hand.' });
    expect(finding?.message).toBe('“Adviser presses states to take back detainees” passes on someone else\'s information (its description says “second-hand”), but its originator is not named. Name who first reported it in the source\'s details.');
    expect(finding?.standard).toBe('ICD 206: originator of second-hand reporting');
  });

  it('is satisfied once the originator is named', () => {
    expect(originatorFindings({ descriptor: 'Figures relayed from the monitor.', originator: 'Syrian Observatory for Human Rights' })).toEqual([]);
  });

  it('flags a cited passage that attributes its words to someone else', () => {
    expect(originatorFindings({}, cite('outlet', selector('the monitor said left 373 dead')))).toEqual([]);
    const text = 'Forces began an inspection campaign last week. The toll, according to the monitor, is 373.';
    const { start, end } = rangeOf(text, 'The toll, according to the monitor, is 373.');
    const [finding] = originatorFindings({ snapshot: { text, sha256: '0'.repeat(64), capturedAt: '2026-11-28T10:00:00Z' } }, cite('outlet', selectorFor(text, start, end)));
    expect(finding?.message).toContain('(“according to the monitor”)');
  });

  it('does not take the source’s own name, or “citing” a reason, for someone else', () => {
    const passage = (words: string) => ({ snapshot: { text: words, sha256: '0'.repeat(64), capturedAt: '2026-11-28T10:00:00Z' } });
    const whole = (words: string) => cite('outlet', selectorFor(words, 0, words.length));
    const own = 'According to Example Regional News reporters, 373 died.';
    expect(originatorFindings(passage(own), whole(own))).toEqual([]);
    const reason = 'Guards moved the detainees, citing overcrowding.';
    expect(originatorFindings(passage(reason), whole(reason))).toEqual([]);
    const named = 'The outlet printed the toll, citing the Observatory.';
    expect(originatorFindings(passage(named), whole(named))).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { applyQuickFix } from '../../../core/checks/apply-fix';
import { hedgeFixes } from '../../../core/checks/hedge-fixes';
import { runChecks } from '../../../core/checks/run-checks';
import { readBodyText } from '../../../core/citations/collect';
import { createDocument } from '../../../core/document/create';
import type { BriefDocument } from '../../../core/document/schema';

function judgment(text: string, yardstick: 'icd-203' | 'phia' = 'icd-203'): BriefDocument {
  const document = createDocument({ now: new Date('2026-11-29T10:00:00Z') });
  const heading = { type: 'section-heading', version: 1, tag: 'h2', role: 'judgment', required: false, guidance: '', direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'Outlook', format: 0, style: '', mode: 'normal', detail: 0 }] };
  const paragraph = { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] };
  return { ...document, settings: { ...document.settings, yardstick }, body: { root: { ...document.body.root, children: [heading, paragraph] } } } as BriefDocument;
}

function hedgeOf(document: BriefDocument) {
  const hedge = runChecks(document).find((finding) => finding.rule === 'language.hedge');
  if (!hedge) throw new Error('no hedge found');
  return hedge;
}

function paragraphText(document: BriefDocument): string {
  return readBodyText(document.body).blocks.at(-1)?.text ?? '';
}

describe('replacements offered for a hedge', () => {
  it('turns a modal into "will" and a term of one ICD 203 row, which agrees with any subject', () => {
    const document = judgment('The cells may attack the camp before spring.');
    const fixes = hedgeFixes(hedgeOf(document), 'icd-203');
    expect(fixes.map((fix) => fix.label)).toEqual(['“will almost certainly”', '“will very likely”', '“will likely”']);
    const fixed = applyQuickFix(document, fixes[2]!);
    expect(paragraphText(fixed)).toBe('The cells will likely attack the camp before spring.');
    expect(runChecks(fixed).filter((finding) => finding.rule.startsWith('language.'))).toEqual([]);
  });

  it('keeps the capital of a hedge that opens its sentence', () => {
    const document = judgment('Perhaps the group is regrouping in the desert.');
    const fixes = hedgeFixes(hedgeOf(document), 'icd-203');
    expect(paragraphText(applyQuickFix(document, fixes[1]!))).toBe('Very likely the group is regrouping in the desert.');
  });

  it('offers the whole PHIA scale for "it is possible that", the unlikely end included', () => {
    const document = judgment('It is possible that the group will strike again.', 'phia');
    const fixes = hedgeFixes(hedgeOf(document), 'phia');
    expect(fixes.map((fix) => fix.label)).toContain('“There is a realistic possibility that”');
    expect(fixes.map((fix) => fix.label)).toContain('“It is highly unlikely that”');
    expect(paragraphText(applyQuickFix(document, fixes[0]!))).toBe('It is almost certain that the group will strike again.');
  });

  it('offers nothing for "it is possible" without "that", nor for other rules', () => {
    const document = judgment('It is possible to reach the border in a day, and the group could.');
    const hedges = runChecks(document).filter((finding) => finding.rule === 'language.hedge');
    expect(hedges.map((hedge) => hedge.text)).toEqual(['It is possible', 'could']);
    expect(hedgeFixes(hedges[0]!, 'icd-203')).toEqual([]);
    expect(hedgeFixes({ ...hedges[1]!, rule: 'language.outside-yardstick' }, 'icd-203')).toEqual([]);
  });
});

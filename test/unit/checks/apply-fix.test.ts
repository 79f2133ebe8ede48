import { describe, expect, it } from 'vitest';
import { readBodyText } from '../../../core/citations/collect';
import { applyQuickFix, textRuns } from '../../../core/checks/apply-fix';
import type { QuickFix } from '../../../core/checks/finding';
import { runChecks } from '../../../core/checks/run-checks';
import type { BriefDocument, SerializedBodyNode } from '../../../core/document/schema';
import { BriefError } from '../../../core/errors';
import { textNode } from '../../../core/import/nodes';
import { portionOf } from '../../../core/markings/body-portions';
import { cite, documentOf, lineBreak, marked, para, section, source } from './builders';

function fixOf(document: BriefDocument, rule: string): QuickFix {
  const fix = runChecks(document).find((finding) => finding.rule === rule)?.fix;
  if (!fix) throw new Error(`no fix for ${rule}`);
  return fix;
}

const textOf = (document: BriefDocument, block: number) => readBodyText(document.body).blocks[block]?.text;

describe('a quick fix', () => {
  it('replaces a term outside the yardstick, and the finding is gone', () => {
    const document = documentOf([section('judgment', 'Outlook'), para('A break-out is highly likely before the summer.')]);
    const fixed = applyQuickFix(document, fixOf(document, 'language.outside-yardstick'));
    expect(textOf(fixed, 1)).toBe('A break-out is very likely before the summer.');
    expect(runChecks(fixed).filter((finding) => finding.kind === 'language')).toEqual([]);
    expect(textOf(document, 1)).toBe('A break-out is highly likely before the summer.');
  });

  it('replaces words spread over formatted text, a citation beside them untouched', () => {
    const bold = { ...textNode('proba'), format: 1 };
    const document = documentOf([section('judgment', 'Outlook'), para('A likely attack, and a ', bold, 'ble break-out.', cite('src'))], { sources: [source({ id: 'src', title: 'Report' })] });
    const fixed = applyQuickFix(document, fixOf(document, 'language.mixed-rows'));
    expect(textOf(fixed, 1)).toBe('A likely attack, and a likely break-out.');
    expect(fixed.body.root.children[1]?.children?.map((node) => node.type)).toEqual(['text', 'text', 'text', 'citation']);
  });

  it('replaces a term broken over a line, taking the line break out', () => {
    const document = documentOf([section('judgment', 'Outlook'), para('A break-out is highly like-', lineBreak(), 'ly.')]);
    const fixed = applyQuickFix(document, fixOf(document, 'language.outside-yardstick'));
    expect(textOf(fixed, 1)).toBe('A break-out is very likely.');
  });

  it('is refused when the words have changed since the checks ran', () => {
    const document = documentOf([section('judgment', 'Outlook'), para('A break-out is highly likely.')]);
    const fix = fixOf(document, 'language.outside-yardstick');
    const edited = documentOf([section('judgment', 'Outlook'), para('A riot is highly likely.')]);
    expect(() => applyQuickFix(edited, fix)).toThrow(BriefError);
    try {
      applyQuickFix(edited, fix);
    } catch (thrown) {
      expect((thrown as BriefError).code).toBe('conflict');
    }
  });

  it('marks an unmarked portion, the title and a source at the document’s marking', () => {
    const document = documentOf([marked('S', para('Marked.')), para('Unmarked.')], { title: 'Readout', marking: { scheme: 'us', level: 'S', controls: [] }, sources: [source({ id: 'src', title: 'Cable' })] });
    let fixed = document;
    for (const finding of runChecks(document).filter((candidate) => candidate.rule === 'markings.unmarked-portion')) fixed = applyQuickFix(fixed, finding.fix as QuickFix);
    expect(portionOf(fixed.body.root.children[1] as SerializedBodyNode)).toBe('S');
    expect(fixed.marking.titlePortion).toBe('S');
    expect(fixed.sources[0]?.portionMark).toBe('S');
    expect(runChecks(fixed, { kinds: ['markings'] })).toEqual([]);
  });

  it('raises the document’s marking to its portions', () => {
    const document = documentOf([marked('TS//NF', para('Closed.'))], { marking: { scheme: 'us', level: 'S', controls: [] } });
    const fixed = applyQuickFix(document, fixOf(document, 'markings.banner-below-portion'));
    expect(fixed.marking).toEqual({ scheme: 'us', level: 'TS', controls: ['NF'] });
  });
});

describe('textRuns', () => {
  it('finds the text nodes a range of the block’s text covers, as the editor would', () => {
    const link: SerializedBodyNode = { type: 'link', version: 1, url: 'https://example.org', children: [textNode('the camp')] };
    const block = para('Near ', link, cite('src'), ' today');
    expect(readBodyText({ root: { type: 'root', version: 1, children: [block] } }).blocks[0]?.text).toBe('Near the camp today');
    expect(textRuns(block, { start: 3, end: 14 })).toEqual([
      { path: [0], start: 3, end: 5 },
      { path: [1, 0], start: 0, end: 8 },
      { path: [3], start: 0, end: 1 },
    ]);
  });
});

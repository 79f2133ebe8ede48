import { describe, expect, it } from 'vitest';
import { readBodyText } from '../../../core/citations/collect';
import { RULES, type Finding } from '../../../core/checks/finding';
import { dismissFinding, recordExportOverride, restoreFinding } from '../../../core/checks/review';
import { runChecks } from '../../../core/checks/run-checks';
import type { BriefDocument, SerializedBodyNode } from '../../../core/document/schema';
import { BriefError } from '../../../core/errors';
import { cite, documentOf, item, list, marked, para, section, source } from './builders';

const NOW = new Date('2026-11-30T09:00:00Z');

/** A short threat assessment with something for every family of checks. */
function assessment(): BriefDocument {
  return documentOf(
    [
      section('key-judgments', 'Key judgments', { required: true }),
      marked('S', para('ISIS may attempt a break-out within six months.')),
      section('reporting', 'Background'),
      marked('S', para('The prison was attacked in January.', cite('cable'))),
      marked('S', para('Forces began an inspection campaign.')),
      section('judgment', 'Outlook'),
      marked('S', para('A break-out is highly likely, and a deal could follow.')),
    ],
    { title: 'Detainees', marking: { scheme: 'us', level: 'C', controls: [], titlePortion: 'S' }, sources: [source({ id: 'cable', title: 'Cable', portionMark: 'S' })] },
  );
}

describe('runChecks', () => {
  it('gives every finding its rule’s family and weight, the standard, a message and the exact words', () => {
    const document = assessment();
    const blocks = readBodyText(document.body).blocks;
    const findings = runChecks(document);
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) {
      expect(finding).toMatchObject({ kind: RULES[finding.rule].kind, severity: RULES[finding.rule].severity });
      expect(finding.message.length).toBeGreaterThan(20);
      expect(finding.standard).not.toBe('');
      if (finding.location && finding.rule !== 'markings.banner-below-portion') {
        expect(blocks[finding.location.block]?.text.slice(finding.location.range.start, finding.location.range.end)).toBe(finding.location.range.start === finding.location.range.end ? '' : finding.text);
      }
    }
  });

  it('lists findings in reading order: the title and marking, then the body block by block, then the sources', () => {
    const order = runChecks(assessment()).map((finding) => [finding.rule, finding.location?.block ?? null, finding.text]);
    expect(order).toEqual([
      // The title, marked (S), raises the banner above the document's (C).
      ['markings.banner-below-portion', null, 'CONFIDENTIAL'],
      ['markings.unmarked-portion', 0, 'Key judgments'],
      ['language.key-judgment-no-likelihood', 1, 'ISIS may attempt a break-out within six months.'],
      ['language.key-judgment-no-confidence', 1, 'ISIS may attempt a break-out within six months.'],
      ['language.hedge', 1, 'may'],
      ['markings.unmarked-portion', 2, 'Background'],
      ['sourcing.ungraded-source', 3, ''],
      ['sourcing.uncited-paragraph', 4, 'Forces began an inspection campaign.'],
      ['markings.unmarked-portion', 5, 'Outlook'],
      ['language.outside-yardstick', 6, 'highly likely'],
      ['language.hedge', 6, 'could'],
    ]);
  });

  it('runs only the families asked for', () => {
    expect(new Set(runChecks(assessment(), { kinds: ['language'] }).map((finding) => finding.kind))).toEqual(new Set(['language']));
    expect(runChecks(assessment(), { kinds: [] })).toEqual([]);
  });

  it('finds nothing wrong with a sound, marked, sourced assessment', () => {
    const document = documentOf(
      [
        marked('S', section('key-judgments', 'Key judgments', { required: true })),
        list(marked('S', item('A break-out is likely within six months. We have moderate confidence in this judgment.'))),
        marked('S', section('reporting', 'Background')),
        marked('S//NF', para('The prison was attacked in January.', cite('cable'))),
      ],
      { title: 'Detainees', marking: { scheme: 'us', level: 'S', controls: ['NF'], titlePortion: 'S' }, sources: [source({ id: 'cable', title: 'Cable', portionMark: 'S', reliability: 'B', credibility: '2' })] },
    );
    expect(runChecks(document)).toEqual([]);
  });
});

describe('dismissing a finding', () => {
  const hedges = (document: BriefDocument) => runChecks(document).filter((finding) => finding.rule === 'language.hedge');
  const dismissed = (document: BriefDocument, finding: Finding, reason = 'The minister’s own word, kept on purpose.') => ({ ...document, review: dismissFinding(document, finding, reason, NOW) });

  it('keeps the finding, marked dismissed with the reason, so the panel can show it', () => {
    const document = assessment();
    const [first] = hedges(document);
    const after = hedges(dismissed(document, first as Finding));
    expect(after.map((finding) => finding.dismissed)).toEqual([{ rule: 'language.hedge', fingerprint: first?.fingerprint, reason: 'The minister’s own word, kept on purpose.', at: '2026-11-30T09:00:00.000Z' }, null]);
  });

  it('holds while other text changes, and lapses when the flagged block changes', () => {
    const document = dismissed(assessment(), hedges(assessment())[0] as Finding);
    const children = document.body.root.children;
    const added: SerializedBodyNode[] = [para('A new opening paragraph.'), ...children.slice(0, 6), para('Forces began an inspection campaign of prisons last week.'), ...children.slice(6)];
    const edited = { ...document, body: { root: { ...document.body.root, children: added } } };
    expect(hedges(edited)[0]?.dismissed).not.toBeNull();
    const changed = { ...document, body: { root: { ...document.body.root, children: children.map((node, index) => (index === 1 ? marked('S', para('ISIS may attempt a break-out within a year.')) : node)) } } };
    expect(hedges(changed)[0]?.dismissed).toBeNull();
  });

  it('tells apart the same words flagged twice in one block', () => {
    const document = documentOf([section('judgment', 'Outlook'), para('The group may attack, and its allies may follow.')]);
    const [first, second] = hedges(document);
    expect(first?.fingerprint).not.toBe(second?.fingerprint);
    expect(hedges(dismissed(document, first as Finding)).map((finding) => finding.dismissed !== null)).toEqual([true, false]);
  });

  it('needs a reason, and can be taken back', () => {
    const document = assessment();
    const [first] = hedges(document);
    expect(() => dismissFinding(document, first as Finding, '  ', NOW)).toThrow(BriefError);
    const restored = { ...dismissed(document, first as Finding), review: restoreFinding(dismissed(document, first as Finding), first as Finding) };
    expect(hedges(restored)[0]?.dismissed).toBeNull();
  });

  it('keeps the record of exports made over marking errors through dismissals and restores', () => {
    const document = assessment();
    const override = { reason: 'Cleared by the security officer by phone.', format: 'pdf' as const, findings: ['Banner lower than a portion: UNCLASSIFIED'] };
    expect(() => recordExportOverride(document, { ...override, reason: ' ' }, NOW)).toThrow(BriefError);
    const recorded = { ...document, review: recordExportOverride(document, override, NOW) };
    const [first] = hedges(recorded);
    const afterDismissal = { ...recorded, review: dismissFinding(recorded, first as Finding, 'Quoted from the minister.', NOW) };
    const afterRestore = restoreFinding(afterDismissal, first as Finding);
    expect(afterRestore.exportOverrides).toEqual([{ ...override, at: '2026-11-30T09:00:00.000Z' }]);
    expect(afterRestore.dismissed).toEqual([]);
  });
});

describe('checking a long document', () => {
  /** About `pages` pages of a threat assessment: every family of checks has work on every page. */
  function longAssessment(pages: number): BriefDocument {
    const blocks: SerializedBodyNode[] = [];
    for (let page = 0; page < pages; page += 1) {
      blocks.push(section(page % 2 === 0 ? 'reporting' : 'judgment', `Part ${page + 1}`, { required: true }));
      for (let paragraph = 0; paragraph < 8; paragraph += 1) {
        blocks.push(
          marked(
            'S//NF',
            para(
              `On day ${page}, the adviser said “the camp may close”, and forces began inspections in the north. `,
              cite(`src-${paragraph % 4}`),
              'A break-out is probably likely, and the group could regroup; we have moderate confidence. In May the council met again and asked for transfers.',
            ),
          ),
        );
      }
      blocks.push(list(item('The council asked for the list of nationals.'), item('The mission will reply within a week.')));
    }
    return documentOf(blocks, { title: 'Long', marking: { scheme: 'us', level: 'S', controls: ['NF'] }, sources: [0, 1, 2, 3].map((index) => source({ id: `src-${index}`, title: `Source ${index}`, portionMark: 'S' })) });
  }

  function fastest(document: BriefDocument): number {
    let best = Infinity;
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      runChecks(document);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }

  it('takes time in proportion to its length, not its square', () => {
    const short = fastest(longAssessment(25));
    const long = fastest(longAssessment(100));
    // Four times the text: linear work takes about four times as long, quadratic sixteen.
    expect(long / short).toBeLessThan(9);
    // Generous for a loaded test machine; docs/ and the report give measured times.
    expect(long).toBeLessThan(2_000);
  });
});

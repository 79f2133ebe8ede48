import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../../core/citations/anchor';
import type { CitationProblem } from '../../../core/citations/findings';
import { citationCounts, citationProblems, unusedSources } from '../../../core/citations/integrity';
import { ARTICLE, bodyOf, cite, documentWith, para, rangeOf, sectionHeading, sourceWith } from '../../fixtures/citations/bodies';

const PASSAGE = 'urged foreign governments to repatriate their citizens held in Iraqi prisons';
const selector = (() => {
  const { start, end } = rangeOf(ARTICLE, PASSAGE);
  return selectorFor(ARTICLE, start, end);
})();

function readout(snapshot: string | null = ARTICLE) {
  return documentWith(
    bodyOf(
      sectionHeading('reporting', 'Key points'),
      para('The adviser urged states to take back their citizens.', cite('rudaw', selector)),
      para('Forces began inspecting prisons.', cite('rudaw'), cite('statement')),
    ),
    [sourceWith('rudaw', snapshot, 'Adviser presses states'), sourceWith('statement', 'The ministry said inspections began.', 'Ministry statement'), sourceWith('notes', 'Meeting notes.', 'Meeting notes')],
  );
}

describe('citationProblems', () => {
  it('finds nothing wrong with citations that all hold', () => {
    const document = readout();
    document.sources = document.sources.filter((source) => source.id !== 'notes');
    expect(citationProblems(document)).toEqual([]);
  });

  it('flags a citation whose source is not in the document, where it sits', () => {
    const document = readout();
    document.sources = document.sources.filter((source) => source.id !== 'statement');
    const dangling = citationProblems(document).filter((finding) => finding.rule === 'citation.dangling');
    expect(dangling).toEqual([
      {
        rule: 'citation.dangling',
        severity: 'error',
        sourceId: 'statement',
        citation: 2,
        citationPath: [2, 2],
        location: { block: 2, blockPath: [2], range: { start: 32, end: 32 } },
        message: 'Note 3 cites a source that is not in this document. Choose its source again, or remove the note.',
      },
    ]);
  });

  it('flags a citation whose passage is gone from the corrected snapshot', () => {
    const [finding] = citationProblems(readout(ARTICLE.replace(PASSAGE, 'spoke about other matters'))).filter((found) => found.rule === 'citation.unanchored');
    expect(finding).toMatchObject({ severity: 'error', sourceId: 'rudaw', citation: 0, location: { block: 1, range: { start: 53, end: 53 } } });
    expect(finding?.message).toBe(`The passage note 1 cites is no longer in “Adviser presses states”: “${PASSAGE}”. Cite the passage again, or cite the whole source.`);
  });

  it('warns when the passage was found only approximately, with its new text', () => {
    const corrected = ARTICLE.replace('Iraqi prisons', 'Iraqi jails');
    const [finding] = citationProblems(readout(corrected)).filter((found) => found.rule === 'citation.passage-changed');
    expect(finding).toMatchObject({ severity: 'warning', passage: 'urged foreign governments to repatriate their citizens held in Iraqi jails' });
    expect(finding?.rule === 'citation.passage-changed' && corrected.slice(finding.passageRange.start, finding.passageRange.end)).toBe(finding?.rule === 'citation.passage-changed' && finding.passage);
    expect(finding?.message).toContain('It now reads: “urged foreign governments to repatriate their citizens held in Iraqi jails”');
  });

  it('warns when a passage is cited from a source without a snapshot, but not a whole-source citation', () => {
    const findings = citationProblems(readout(null)).filter((found): found is CitationProblem => found.rule === 'citation.no-snapshot');
    expect(findings.map((found) => found.citation)).toEqual([0]);
    expect(findings[0]?.severity).toBe('warning');
  });

  it('flags unused sources after the citation findings, and quotation findings in reading order', () => {
    const document = readout();
    document.body.root.children.push(para('He said they “were never held” there.', cite('rudaw')));
    document.sources = document.sources.filter((source) => source.id !== 'statement');
    expect(citationProblems(document).map((finding) => [finding.rule, finding.location?.block ?? null])).toEqual([
      ['citation.dangling', 2],
      ['citation.quote-mismatch', 3],
      ['source.unused', null],
    ]);
    const unused = citationProblems(document).at(-1);
    expect(unused).toMatchObject({ rule: 'source.unused', severity: 'warning', sourceId: 'notes', message: '“Meeting notes” is not cited anywhere in the document. Cite it, or remove it from the sources.' });
  });

  it('answers again when the snapshot changes between checks', () => {
    expect(citationProblems(readout()).filter((found) => found.rule === 'citation.unanchored')).toEqual([]);
    expect(citationProblems(readout(ARTICLE.replace(PASSAGE, '')))).toHaveLength(2);
    expect(citationProblems(readout()).filter((found) => found.rule === 'citation.unanchored')).toEqual([]);
  });
});

describe('the sources panel', () => {
  it('lists the sources nothing cites', () => {
    expect(unusedSources(readout()).map((source) => source.id)).toEqual(['notes']);
  });

  it('counts the citations of every source, uncited ones at zero', () => {
    const document = readout();
    document.body.root.children.push(para('Again.', cite('rudaw'), cite('gone')));
    expect(Object.fromEntries(citationCounts(document))).toEqual({ rudaw: 3, statement: 1, notes: 0, gone: 1 });
  });
});

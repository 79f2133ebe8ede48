import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../core/checks/run-checks';
import type { BriefDocument, SerializedBodyNode } from '../../../core/document/schema';
import { cite, documentOf, findingsOf, item, list, marked, para, section, source, table } from './builders';

const us = (level: string | null, controls: string[] = []) => ({ marking: { scheme: 'us', level, controls } });

function rulesOf(document: BriefDocument): string[] {
  return runChecks(document, { kinds: ['markings'] }).map((finding) => finding.rule);
}

describe('markings.unknown-scheme', () => {
  it('is an error when the scheme is neither built in nor saved in the document', () => {
    const [finding] = findingsOf(documentOf([para('Text.')], { marking: { scheme: 'acme', level: 'INTERNAL', controls: [] } }), 'markings.unknown-scheme');
    expect(finding).toMatchObject({ severity: 'error', subject: { kind: 'document-marking' }, text: 'acme' });
    expect(finding?.message).toBe('This document is marked in the scheme "acme", which this copy of Briefwright does not know and the document does not include.');
  });

  it('names the problem with a custom scheme saved in the document that cannot be read', () => {
    const document = documentOf([para('Text.')], { marking: { scheme: 'acme', level: 'I', controls: [], customScheme: { id: 'acme', name: 'ACME', levels: [] } } });
    expect(findingsOf(document, 'markings.unknown-scheme')[0]?.message).toBe('The marking scheme "acme" is not valid: levels must have at least 1 entry.');
  });

  it('uses a custom scheme saved in the document', () => {
    const customScheme = { id: 'acme', name: 'ACME handling', portionMarks: 'required', levels: [{ portion: 'P', banner: 'ACME PUBLIC' }, { portion: 'I', banner: 'ACME INTERNAL' }] };
    const document = documentOf([marked('I', para('Marked.')), para('Not marked.')], { marking: { scheme: 'acme', level: 'I', controls: [], customScheme } });
    expect(rulesOf(document)).toEqual(['markings.unmarked-portion']);
  });
});

describe('unknown marking strings', () => {
  it('are kept and flagged: a level the scheme does not have is an error', () => {
    const document = documentOf([marked('SECRETISH', para('Text.'))], us('S'));
    const [finding] = findingsOf(document, 'markings.unknown-mark');
    expect(finding).toMatchObject({ severity: 'error', text: 'SECRETISH', location: { block: 0 } });
    expect(finding?.message).toBe('This portion is marked “(SECRETISH)”, which US classification and CUI does not have; it is kept as written. Its marks are U, CUI, C, S, TS.');
    expect(document.body.root.children[0]?.$).toEqual({ portion: 'SECRETISH' });
  });

  it('a control the scheme does not have is a warning, and so is a control used at the wrong level', () => {
    const document = documentOf([marked('S//NOFRON', para('One.')), marked('S//FED ONLY', para('Two.'))], us('S'));
    expect(findingsOf(document, 'markings.unknown-control')[0]?.message).toBe('This portion is marked “(S//NOFRON)”: US classification and CUI has no control “NOFRON”. It is kept as written; correct it, or confirm it with the owner of the marking.');
    expect(findingsOf(document, 'markings.control-not-allowed')[0]?.message).toBe('This portion is marked “(S//FED ONLY)”: FED ONLY is not used at SECRET (only at CUI).');
  });

  it('in the document’s own marking, the title, a citation and a source are flagged where they are', () => {
    const document = documentOf([para('Text.', marked('S//BOGUS', cite('src')))], {
      title: 'Readout',
      marking: { scheme: 'us', level: 'SECRETISH', controls: [], titlePortion: 'X' },
      sources: [source({ id: 'src', title: 'Cable', portionMark: 'TLP:GREEN' })],
    });
    expect(runChecks(document, { kinds: ['markings'] }).filter((finding) => finding.rule.startsWith('markings.unknown')).map((finding) => [finding.rule, finding.subject.kind, finding.text])).toEqual([
      ['markings.unknown-mark', 'document-marking', 'SECRETISH'],
      ['markings.unknown-mark', 'title', 'X'],
      ['markings.unknown-control', 'body', 'S//BOGUS'],
      ['markings.unknown-mark', 'source', 'TLP:GREEN'],
    ]);
  });

  it('in a document without a scheme, any mark is one', () => {
    const [finding] = findingsOf(documentOf([marked('S', para('Text.'))]), 'markings.unknown-mark');
    expect(finding?.message).toBe('This portion is marked “(S)”, but the document has no marking scheme. Choose the document’s scheme, or remove the mark.');
  });
});

describe('markings.unmarked-portion', () => {
  it('in a classified US document, flags every portion with text, the title and each source, with a fix at the document’s marking', () => {
    const document = documentOf(
      [section('reporting', 'Key points'), marked('S//NF', para('Marked.')), para('Not marked.'), para(''), list(item('An item.'), item(list(item('A nested item.')))), table(['Owner', 'Due'])],
      { title: 'Readout', ...us('S', ['NF']), sources: [source({ id: 'src', title: 'Cable' })] },
    );
    const found = findingsOf(document, 'markings.unmarked-portion');
    expect(found.map((finding) => [finding.subject.kind, finding.text, finding.fix])).toEqual([
      ['title', 'Readout', { label: 'Mark the title (S//NF)', setTitlePortion: { mark: 'S//NF' } }],
      ['body', 'Key points', { label: 'Mark it (S//NF)', setPortion: { nodePath: [0], mark: 'S//NF' } }],
      ['body', 'Not marked.', { label: 'Mark it (S//NF)', setPortion: { nodePath: [2], mark: 'S//NF' } }],
      ['body', 'An item.', { label: 'Mark it (S//NF)', setPortion: { nodePath: [4, 0], mark: 'S//NF' } }],
      ['body', 'A nested item.', { label: 'Mark it (S//NF)', setPortion: { nodePath: [4, 1, 0, 0], mark: 'S//NF' } }],
      ['body', 'Owner', { label: 'Mark it (S//NF)', setPortion: { nodePath: [5], mark: 'S//NF' } }],
      ['source', 'Cable', { label: 'Mark the source (S//NF)', setSourcePortion: { sourceId: 'src', mark: 'S//NF' } }],
    ]);
    expect(found[2]).toMatchObject({ severity: 'error', message: 'This portion has no portion mark, and a SECRET document marks every portion. The document is marked (S//NF).' });
  });

  it('follows CUI: nothing need be marked, but once one portion is, all are', () => {
    const unmarked = documentOf([para('One.'), para('Two.')], us('U'));
    expect(findingsOf(unmarked, 'markings.unmarked-portion')).toEqual([]);
    const onePortion = documentOf([marked('CUI', para('One.')), para('Two.')], us('U'));
    const [finding] = findingsOf(onePortion, 'markings.unmarked-portion');
    expect(finding?.text).toBe('Two.');
    expect(finding?.message).toBe('This portion has no portion mark, and once one portion is marked, every portion is. The document is marked (U).');
  });

  it('asks nothing of UK, NATO and TLP documents', () => {
    for (const marking of [{ scheme: 'uk', level: 'OFFICIAL', controls: [] }, { scheme: 'nato', level: 'NS', controls: [] }, { scheme: 'tlp', level: 'TLP:AMBER', controls: [] }]) {
      expect(findingsOf(documentOf([marked(marking.level, para('One.')), para('Two.')], { marking }), 'markings.unmarked-portion')).toEqual([]);
    }
  });

  it('offers no fix while the document has no level', () => {
    const [finding] = findingsOf(documentOf([marked('S', para('One.')), para('Two.')], us(null)), 'markings.unmarked-portion');
    expect(finding).toMatchObject({ fix: null, message: 'This portion has no portion mark, and a SECRET document marks every portion. Set the document’s marking first.' });
  });
});

describe('markings.banner-below-portion', () => {
  it('is an error when a portion is above the document’s marking, pointing at the portion, with the raise as its fix', () => {
    const document = documentOf([marked('U', para('Open.')), marked('S//NF', para('Closed.'))], us('U'));
    const [finding] = findingsOf(document, 'markings.banner-below-portion');
    expect(finding).toMatchObject({
      severity: 'error',
      subject: { kind: 'document-marking' },
      location: { block: 1 },
      text: 'UNCLASSIFIED',
      fix: { label: 'Mark the document SECRET//NOFORN', setDocumentMarking: { level: 'S', controls: ['NF'] } },
    });
    expect(finding?.message).toBe(
      'The document is marked UNCLASSIFIED, but this portion is marked “(S//NF)”, so its banner must read SECRET//NOFORN: at least the highest portion, with every control the portions carry. Raise the document’s marking to SECRET//NOFORN.',
    );
  });

  it('is an error when the banner would release more widely than a portion', () => {
    const document = documentOf([marked('S//REL TO USA, GBR', para('Closed.'))], us('S', ['REL TO USA, AUS, GBR']));
    expect(findingsOf(document, 'markings.banner-below-portion')[0]?.fix).toMatchObject({ setDocumentMarking: { level: 'S', controls: ['REL TO USA, GBR'] } });
  });

  it('counts the title, citations and sources, and a document with no level', () => {
    expect(findingsOf(documentOf([para('Text.')], { marking: { scheme: 'us', level: 'C', controls: [], titlePortion: 'S' } }), 'markings.banner-below-portion')).toHaveLength(1);
    expect(findingsOf(documentOf([para('Text.')], { ...us('C'), sources: [source({ id: 'src', title: 'Cable', portionMark: 'TS' })] }), 'markings.banner-below-portion')[0]?.fix).toMatchObject({ setDocumentMarking: { level: 'TS' } });
    expect(findingsOf(documentOf([marked('S', para('Text.'))], us(null)), 'markings.banner-below-portion')[0]?.message).toMatch(/^The document is marked with no level, but this portion/);
  });

  it('is quiet when the document is at or above every portion, and for TLP reads AMBER+STRICT above AMBER', () => {
    expect(findingsOf(documentOf([marked('S//NF', para('Text.'))], us('S', ['NF'])), 'markings.banner-below-portion')).toEqual([]);
    expect(findingsOf(documentOf([marked('S', para('Text.'))], us('TS', ['NF'])), 'markings.banner-below-portion')).toEqual([]);
    const tlp = (level: string) => documentOf([marked('TLP:AMBER+STRICT', para('Text.'))], { marking: { scheme: 'tlp', level, controls: [] } });
    expect(findingsOf(tlp('TLP:AMBER'), 'markings.banner-below-portion')).toHaveLength(1);
    expect(findingsOf(tlp('TLP:RED'), 'markings.banner-below-portion')).toEqual([]);
  });

  it('does not carry a misspelt control into the document’s marking', () => {
    expect(findingsOf(documentOf([marked('S//NOFRON', para('Text.'))], us('S')), 'markings.banner-below-portion')).toEqual([]);
  });
});

describe('markings.citation-above-portion', () => {
  const cited = (paragraphMark: string, citation: SerializedBodyNode, sourceMark = '') =>
    findingsOf(documentOf([marked(paragraphMark, para('Forces began inspections.', citation))], { ...us('S'), sources: [source({ id: 'src', title: 'Cable', portionMark: sourceMark })] }), 'markings.citation-above-portion');

  it('flags a citation marked above the portion it supports, where it sits', () => {
    const [finding] = cited('U', marked('S//NF', cite('src')));
    expect(finding).toMatchObject({ severity: 'warning', location: { block: 0, range: { start: 25, end: 25 } }, text: '(S//NF)', citation: { index: 0, path: [0, 1] } });
    expect(finding?.message).toBe('Note 1 is marked (S//NF), above the portion it supports, (U). If the portion carries anything from that source, mark it (S//NF).');
  });

  it('takes the source’s mark for a citation without its own', () => {
    expect(cited('C', cite('src'), 'S')[0]?.message).toContain('Note 1 is marked (S) (its source’s mark)');
  });

  it('is quiet for a citation at or below its portion, or a portion without a mark', () => {
    expect(cited('S', marked('C', cite('src')))).toEqual([]);
    expect(cited('S', cite('src'), 'S')).toEqual([]);
    expect(findingsOf(documentOf([para('Text.', marked('S', cite('src')))], us('S')), 'markings.citation-above-portion')).toEqual([]);
  });

  it('reads TLP: a TLP:AMBER source cited in a TLP:CLEAR paragraph', () => {
    const document = documentOf([marked('TLP:CLEAR', para('Text.', cite('src')))], { marking: { scheme: 'tlp', level: 'TLP:AMBER', controls: [] }, sources: [source({ id: 'src', title: 'Notes', portionMark: 'TLP:AMBER' })] });
    expect(findingsOf(document, 'markings.citation-above-portion')).toHaveLength(1);
  });
});

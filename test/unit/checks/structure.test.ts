import { describe, expect, it } from 'vitest';
import { cite, documentOf, findingsOf, flagged, para, quote, section, table } from './builders';

describe('structure.empty-required-section', () => {
  it('flags a required section with nothing written in it, at its heading', () => {
    const document = documentOf([section('key-judgments', 'Key judgments', { required: true }), para(''), section('reporting', 'Background', { required: true }), para('The prison was attacked in January.', cite('src'))]);
    const found = findingsOf(document, 'structure.empty-required-section');
    expect(found.map((finding) => [finding.text, finding.location?.block, finding.severity])).toEqual([['Key judgments', 0, 'warning']]);
    expect(found[0]?.message).toBe('The section “Key judgments” is required by the document’s template and is empty. Write it, or say why it does not apply.');
  });

  it('flags the last section too, and counts text in a table', () => {
    const document = documentOf([section('other', 'Follow-ups', { required: true }), table(['Owner', 'Due']), section('comment', 'Analyst comment', { required: true })]);
    expect(findingsOf(document, 'structure.empty-required-section').map((finding) => finding.text)).toEqual(['Analyst comment']);
  });

  it('leaves sections the template does not require alone', () => {
    expect(findingsOf(documentOf([section('other', 'Scope note'), para('')]), 'structure.empty-required-section')).toEqual([]);
  });
});

describe('structure.comment-in-reporting', () => {
  const CASES: Array<[sentence: string, flaggedWords: string[]]> = [
    ['We assess the group will attack the prison again.', ['We assess']],
    ['In our view, the camp is overcrowded.', ['In our view']],
    ['Our assessment is that the campaign will slow.', ['Our assessment is']],
    ['We are confident the figures are low.', ['We are confident']],
    ['The camp will probably close by the summer.', ['probably']],
    ['An attack on the prison is likely.', ['likely']],
    ['The group almost certainly planned the attack.', ['almost certainly']],
    ['We judge that repatriations are unlikely.', ['We judge', 'unlikely']],
    ['The minister said an attack was likely.', []],
    ['According to the ministry, attacks are likely to continue.', []],
    ['He warned that the camp will probably close.', []],
    ['The adviser called a transfer “likely” before the summer.', []],
    ['The adviser said: “we assess the risk every week”.', []],
    ['Forces began an inspection campaign last week.', []],
    ['We asked the adviser about the camp.', []],
    ['The group is more likely to target camps than prisons, officials told us.', []],
    ['يرجح أن تستمر الهجمات على السجون.', []],
  ];

  it.each(CASES)('in reporting: %j flags %j', (sentence, words) => {
    expect(flagged('structure.comment-in-reporting', 'reporting', sentence)).toEqual(words);
  });

  it('reads reporting sections only, and not block quotes', () => {
    expect(flagged('structure.comment-in-reporting', 'comment', 'We assess the group will attack again.')).toEqual([]);
    expect(flagged('structure.comment-in-reporting', 'judgment', 'An attack on the prison is likely.')).toEqual([]);
    expect(findingsOf(documentOf([section('reporting', 'Key points'), quote('We assess the risk every week, he said.')]), 'structure.comment-in-reporting')).toEqual([]);
  });

  it('explains itself, citing the standard', () => {
    const [finding] = findingsOf(documentOf([section('reporting', 'Key points'), para('An attack on the prison is likely.')]), 'structure.comment-in-reporting');
    expect(finding).toMatchObject({ severity: 'warning', kind: 'structure', standard: 'ICD 203 §D.6.e(3): distinguishes intelligence from assumptions and judgments' });
    expect(finding?.message).toBe('“likely” is the analyst’s judgment, in a reporting section. Keep reporting to what the sources say, and put the judgment in the analyst comment or an assessment section.');
  });
});

import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../../../core/document/schema';
import { runChecks } from '../../../core/checks/run-checks';
import { cite, documentOf, findingsOf, flagged, heading, item, list, para, quote, section, source } from './builders';

const ARABIC = 'من المرجح أن تستمر الهجمات على السجون، وقد تهاجم الجماعة المخيم.';

describe('language.outside-yardstick', () => {
  const ICD_CASES: Array<[sentence: string, flaggedWords: string[]]> = [
    ['The group will highly likely attempt a break-out.', ['highly likely']],
    ['There is a realistic possibility of a break-out this year.', ['realistic possibility']],
    ['A break-out is likely within six months.', []],
    ['A break-out is very unlikely this year.', []],
    ['A break-out is unlikely, and a mass escape very unlikely.', []],
    ['An attack on the camp is fairly likely.', ['fairly likely']],
    ['In all likelihood the camp will stay open.', ['In all likelihood']],
    ['A transfer is not likely before March.', ['not likely']],
    ['The group is more likely to attack camps than prisons.', []],
    ['Attacks are as likely in the north as in the south.', []],
    ['The minister called an attack “highly likely” in his speech.', []],
    ['Officials see a remote chance of release.', []],
    ['The prison lies in a remote area of the desert.', []],
    ['Highly likely, the group will regroup before the summer.', ['Highly likely']],
    ['A break-out is highly-likely.', ['highly-likely']],
    ['A break-out is highly\nlikely.', ['highly\nlikely']],
    ['A break-out is high\u00ADly likely.', ['high\u00ADly likely']],
    ['A break-out is highly like-\nly before the summer.', ['highly like-\nly']],
    ['The group is extremely unlikely to disband.', ['extremely unlikely']],
    ['A ceasefire is a real possibility.', ['a real possibility']],
    ['The council will very probably approve the plan.', ['very probably']],
    ['The likelihood of attacks is rising.', []],
    ['The likely target is the prison in the south.', []],
    [ARABIC, []],
  ];

  it.each(ICD_CASES)('in an ICD 203 judgment: %j flags %j', (sentence, words) => {
    expect(flagged('language.outside-yardstick', 'judgment', sentence)).toEqual(words);
  });

  const PHIA_CASES: Array<[sentence: string, flaggedWords: string[]]> = [
    ['A break-out is very likely.', ['very likely']],
    ['There is a realistic possibility of a break-out.', []],
    ['A break-out is probable.', ['probable']],
    ['The group will probably attack.', []],
    ['A transfer is highly unlikely.', []],
    ['A transfer is very unlikely.', ['very unlikely']],
    ['A deal is nearly certain.', ['nearly certain']],
    ['There is almost no chance of a deal.', ['almost no chance']],
  ];

  it.each(PHIA_CASES)('in a PHIA judgment: %j flags %j', (sentence, words) => {
    expect(flagged('language.outside-yardstick', 'judgment', sentence, 'phia')).toEqual(words);
  });

  it('does not read the titles of sources, even when a judgment cites them', () => {
    const document = documentOf([section('judgment', 'Outlook'), para('A break-out is likely within six months.', cite('src'))], { sources: [source({ id: 'src', title: 'Attacks highly likely to rise, officials may say' })] });
    expect(runChecks(document, { kinds: ['language'] })).toEqual([]);
  });

  it('does not read reporting or source sections, where the words are the sources’', () => {
    expect(flagged('language.outside-yardstick', 'reporting', 'The minister said an attack was highly likely.')).toEqual([]);
    expect(flagged('language.outside-yardstick', 'sources', 'Report: Attacks highly likely to rise, 2022.')).toEqual([]);
  });

  it('offers the yardstick’s word for the same likelihood, in the same case, when the swap is certain', () => {
    const fixes = (sentence: string, yardstick: 'icd-203' | 'phia' = 'icd-203') =>
      findingsOf(documentOf([section('judgment', 'Outlook'), para(sentence)], { yardstick }), 'language.outside-yardstick').map((finding) => finding.fix);
    expect(fixes('Highly likely, the group will regroup.')).toEqual([
      { label: 'Replace “Highly likely” with “Very likely”', replace: { blockPath: [1], range: { start: 0, end: 13 }, expected: 'Highly likely', with: 'Very likely' } },
    ]);
    expect(fixes('A break-out is probable.', 'phia')[0]).toMatchObject({ replace: { expected: 'probable', with: 'likely' } });
    expect(fixes('A transfer is not likely before March.')[0]).toMatchObject({ replace: { with: 'unlikely' } });
    expect(fixes('There is a realistic possibility of a break-out.')).toEqual([null]);
  });

  it('explains itself, citing the standard', () => {
    const [finding] = findingsOf(documentOf([section('judgment', 'Outlook'), para('There is a realistic possibility of a break-out.')]), 'language.outside-yardstick');
    expect(finding).toMatchObject({ severity: 'warning', kind: 'language', section: 'Outlook', standard: 'ICD 203 §D.6.e(2)(a): expressions of likelihood' });
    expect(finding?.message).toBe(
      '“realistic possibility” is not one of the ICD 203 likelihood terms (it is a PHIA term). Say how likely with one of its terms: almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain.',
    );
  });
});

describe('language.mixed-rows', () => {
  /** A document that already uses a first-row word, and the sentence under test after it. */
  const mixed = (sentence: string, yardstick: 'icd-203' | 'phia' = 'icd-203') =>
    findingsOf(documentOf([section('judgment', 'Outlook'), para('Attacks on the camps are likely to continue.'), para(sentence)], { yardstick }), 'language.mixed-rows').map((finding) => finding.text);

  const CASES: Array<[sentence: string, flaggedWords: string[]]> = [
    ['A break-out is probable.', ['probable']],
    ['The group will probably attack in the spring.', ['probably']],
    ['Probably the group will wait for the summer.', ['Probably']],
    ['A transfer abroad is highly improbable.', ['highly improbable']],
    ['A mass escape is improbable.', ['improbable']],
    ['A deal is nearly certain.', ['nearly certain']],
    ['Officials see roughly even odds of a deal.', ['roughly even odds']],
    ['A break-out is highly probable.', ['highly probable']],
    ['The chance of a deal is remote.', ['remote']],
    ['A deal is almost certain, and a break-out highly probable.', ['highly probable']],
    ['A break-out is very likely.', []],
    ['A break-out is unlikely.', []],
    ['The camp lies in a remote area.', []],
    ['The minister called a deal “probable”.', []],
    ['A break-out is more probable than a riot.', []],
    ['The same prison is probably overcrowded.', ['probably']],
    ['The terms “likely” and “probable” are used interchangeably. A break-out is probable.', []],
    ['In line with ICD 203, words in one column of the table are equivalent. A break-out is probable.', []],
    ['Estimative terms from both rows mean the same here. The group will probably attack.', []],
    [ARABIC, []],
  ];

  it.each(CASES)('after “likely”: %j flags %j', (sentence, words) => {
    expect(mixed(sentence)).toEqual(words);
  });

  it('does not apply to a PHIA document, where “probably” is a yardstick word', () => {
    expect(mixed('The group will probably attack in the spring.', 'phia')).toEqual([]);
  });

  it('leaves a document that keeps to the second row alone', () => {
    const document = documentOf([section('judgment', 'Outlook'), para('A break-out is probable; a deal is highly improbable.')]);
    expect(findingsOf(document, 'language.mixed-rows')).toEqual([]);
  });

  it('takes a section explaining the estimative terms as the disclaimer, and does not hold it to them', () => {
    const document = documentOf([section('judgment', 'Outlook'), para('A break-out is likely; a deal is highly improbable.'), section('other', 'Estimative language'), para('Remote, highly improbable, probable and nearly certain appear in the table.')]);
    expect(findingsOf(document, 'language.mixed-rows')).toEqual([]);
    expect(findingsOf(document, 'language.outside-yardstick')).toEqual([]);
  });

  it('fixes a second-row word with the first row’s, keeping its case', () => {
    const document = documentOf([section('judgment', 'Outlook'), para('A break-out is likely.'), para('Probably the group will wait.')]);
    expect(findingsOf(document, 'language.mixed-rows')[0]?.fix).toEqual({ label: 'Replace “Probably” with “Likely”', replace: { blockPath: [2], range: { start: 0, end: 8 }, expected: 'Probably', with: 'Likely' } });
  });
});

describe('language.likelihood-with-confidence', () => {
  const CASES: Array<[sentence: string, flags: boolean]> = [
    ['We judge with high confidence that a break-out is likely.', true],
    ['A break-out is likely (moderate confidence).', true],
    ['The group will almost certainly attack; we have low confidence in the timing.', true],
    ['An attack is unlikely, and our confidence in this is moderate.', true],
    ['We assess with moderate-confidence that a deal is very likely.', true],
    ['A break-out is highly likely, with high confidence.', true],
    ['With low confidence, we judge a break-out probable.', true],
    ['A break-out is likely, and Dr. Amin has high confidence in the estimate.', true],
    ['A break-out is likely. We have high confidence in this judgment.', false],
    ['A break-out is likely. Confidence is high.', false],
    ['It is likely that the group will attack.\nWe have moderate confidence.', false],
    ['Confidence in the casualty figures is low.', false],
    ['We have high confidence that the group holds the prison.', false],
    ['The minister was confident that a deal is likely.', false],
    ['High-confidence sources call a break-out “likely”.', false],
    ['Attacks are more likely at night; we have high confidence in the pattern.', false],
    ['A break-out may happen; we have low confidence in the timing.', false],
    [ARABIC, false],
    ['الثقة عالية. A break-out is likely.', false],
    ['A deal is nearly certain. Our confidence is moderate.', false],
  ];

  it.each(CASES)('%j: %s', (sentence, flags) => {
    expect(flagged('language.likelihood-with-confidence', 'judgment', sentence).length > 0).toBe(flags);
  });

  it('flags the span from the first of the two to the last, in PHIA documents too', () => {
    expect(flagged('language.likelihood-with-confidence', 'key-judgments', 'It is highly likely (high confidence) that attacks will continue.', 'phia')).toEqual(['highly likely (high confidence']);
  });

  it('does not read reporting', () => {
    expect(flagged('language.likelihood-with-confidence', 'reporting', 'The ministry said with high confidence that attacks are likely.')).toEqual([]);
  });
});

describe('language.hedge', () => {
  const CASES: Array<[sentence: string, hedges: string[]]> = [
    ['The group may attack the prison.', ['may']],
    ['The group might regroup in the desert.', ['might']],
    ['Guards could be bribed to open the gates.', ['could']],
    ['The transfer is possibly delayed.', ['possibly']],
    ['Perhaps the camp will close.', ['Perhaps']],
    ['It is possible that the camp will close.', ['It is possible that']],
    ['It’s possible that the camp will close.', ['It’s possible that']],
    ['It is also possible that the camp will close.', ['It is also possible that']],
    ['The group may well attack, and might succeed.', ['may', 'might']],
    ['The group could attack, perhaps in March.', ['could', 'perhaps']],
    ['The figures are possibly\ninflated.', ['possibly']],
    ['May the council agree, the transfer would follow.', ['May']],
    ['The minister said the group “may attack again”.', []],
    ['In May 2022 the group attacked the prison.', []],
    ['May 2022 saw three attacks on the prison.', []],
    ['Theresa May visited the camp in 2019.', []],
    ['The group lost its military might in 2019.', []],
    ['The guards could not stop the attack.', []],
    ['The mayor could not be reached.', []],
    ['Maybe the camp will close.', []],
    ['A break-out is likely within six months.', []],
    [ARABIC, []],
  ];

  it.each(CASES)('in a judgment: %j flags %j', (sentence, hedges) => {
    expect(flagged('language.hedge', 'judgment', sentence)).toEqual(hedges);
  });

  it('reads key judgments too, but not reporting, comment or other sections', () => {
    const sentence = 'The group may attack the prison.';
    expect(flagged('language.hedge', 'key-judgments', sentence)).toEqual(['may']);
    expect(flagged('language.hedge', 'reporting', sentence)).toEqual([]);
    expect(flagged('language.hedge', 'comment', sentence)).toEqual([]);
    expect(flagged('language.hedge', 'other', sentence)).toEqual([]);
  });

  it('does not read a block quote', () => {
    expect(findingsOf(documentOf([section('judgment', 'Outlook'), quote('The group may attack again, he said.')]), 'language.hedge')).toEqual([]);
  });

  it('points at the word, with the rule, the standard and no fix', () => {
    const [finding] = findingsOf(documentOf([section('judgment', 'Outlook'), para('The group may attack the prison.')]), 'language.hedge');
    expect(finding).toMatchObject({ location: { block: 1, blockPath: [1], range: { start: 10, end: 13 } }, text: 'may', fix: null, standard: 'ICD 203 §D.6.e(2): expresses and explains uncertainty' });
  });
});

describe('key judgments without likelihood or confidence', () => {
  /** Each flagged key judgment as [rule without its family, the judgment's text]. */
  const judged = (blocks: SerializedBodyNode[], yardstick: 'icd-203' | 'phia' = 'icd-203') => {
    const document = documentOf([section('key-judgments', 'Key judgments', { required: true }), ...blocks, section('reporting', 'Background'), para('Nothing here is a judgment.')], { yardstick });
    return [...findingsOf(document, 'language.key-judgment-no-likelihood'), ...findingsOf(document, 'language.key-judgment-no-confidence')].map((finding) => [finding.rule.replace('language.key-judgment-', ''), finding.text]);
  };

  const CASES: Array<[judgment: string, missing: string[]]> = [
    ['ISIS is likely to attempt a break-out within six months. We have moderate confidence in this judgment.', []],
    ['ISIS will attempt a break-out within six months.', ['no-likelihood', 'no-confidence']],
    ['ISIS is likely to attempt a break-out.', ['no-confidence']],
    ['ISIS will attempt a break-out. We have high confidence in this judgment.', ['no-likelihood']],
    ['ISIS is more likely to target camps than prisons. We have high confidence.', ['no-likelihood']],
    ['A break-out is highly likely. Confidence is moderate.', []],
    ['The minister called a break-out “likely”. We have low confidence.', ['no-likelihood']],
    ['ISIS may attempt a break-out. We have low confidence.', ['no-likelihood']],
    ['Attacks are almost certain to continue (high confidence).', []],
    ['A break-out is likely.\nWe have moderate confidence.', []],
    ['A break-out is very unlikely. Our confidence in this is high.', []],
    ['A break-out is unlikely; our confidence is low.', []],
    ['Repatriations are unlikely to resume this year.', ['no-confidence']],
    ['A break-out is assessed as likely. We have moderate confidence.', []],
    ['Camps are as likely as prisons to be attacked. We have moderate confidence.', ['no-likelihood']],
    ['Attacks will continue; we have high confidence.', ['no-likelihood']],
    ['There is a roughly even chance of a deal this year.', ['no-confidence']],
    ['A break-out is likely. A riot is unlikely. We have low confidence in both.', []],
    ['The group will probably attack the camps.', ['no-confidence']],
    ['The group could attack the camps.', ['no-likelihood', 'no-confidence']],
    ['A break-out is LIKELY. WE HAVE HIGH CONFIDENCE.', []],
  ];

  it.each(CASES)('%j lacks %j', (judgment, missing) => {
    expect(judged([para(judgment)]).map(([rule]) => rule)).toEqual(missing);
  });

  it('holds a PHIA document to its own terms', () => {
    expect(judged([para('There is a realistic possibility of a break-out. We have low confidence.')], 'phia')).toEqual([]);
  });

  it('counts each list item as a judgment of its own', () => {
    expect(judged([list(item('A break-out is likely. Moderate confidence.'), item('Repatriations are unlikely to resume.'))])).toEqual([['no-confidence', 'Repatriations are unlikely to resume.']]);
  });

  it('gives a paragraph or item that only states confidence to the judgment before it', () => {
    expect(judged([para('A break-out is likely.'), para('We have moderate confidence in this judgment.')])).toEqual([]);
    expect(judged([list(item('Break-outs are likely.'), item('Repatriations are unlikely.'), item('We have moderate confidence in both.'))])).toEqual([['no-confidence', 'Break-outs are likely.']]);
  });

  it('does not give a confidence statement to a judgment before the section starts', () => {
    expect(judged([para('We have moderate confidence in these judgments.')])).toEqual([['no-likelihood', 'We have moderate confidence in these judgments.']]);
  });

  it('skips empty paragraphs and sub-headings, and reads only the key-judgments section', () => {
    expect(judged([para(''), heading('Break-outs'), para('A break-out is likely. We have high confidence.')])).toEqual([]);
  });
});

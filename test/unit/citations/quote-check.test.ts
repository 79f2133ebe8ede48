import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../../core/citations/anchor';
import type { QuoteMismatch } from '../../../core/citations/findings';
import { citationProblems } from '../../../core/citations/integrity';
import { normalizeForQuotes } from '../../../core/citations/quote-check';
import { ARTICLE, bodyOf, cite, documentWith, generatedText, para, rangeOf, sourceWith } from '../../fixtures/citations/bodies';

const PASSAGE = 'urged foreign governments to repatriate their citizens held in Iraqi prisons for links to the group, "and among them are leaders in the group,"';

function passageOf(snapshot: string, words: string) {
  const { start, end } = rangeOf(snapshot, words);
  return selectorFor(snapshot, start, end);
}

/** The quotation findings for one paragraph citing (a passage of) one snapshot at the end. */
function mismatches(paragraph: string, snapshot = ARTICLE, passage: string | null = PASSAGE): QuoteMismatch[] {
  const selector = passage === null ? null : passageOf(snapshot, passage);
  const document = documentWith(bodyOf(para(paragraph, cite('src-1', selector))), [sourceWith('src-1', snapshot, 'Adviser presses states')]);
  return citationProblems(document).filter((finding): finding is QuoteMismatch => finding.rule === 'citation.quote-mismatch');
}

describe('normalizeForQuotes', () => {
  it('ignores whitespace, the style of quotation marks and of the ellipsis, and invisible marks', () => {
    expect(normalizeForQuotes(' “It’s\n here”  . . . said\u200F «he» ')).toBe('"It"s here" … said "he"');
  });
});

describe('quote check', () => {
  it('passes a quotation that is the source’s words', () => {
    expect(mismatches('The adviser said some of them were dangerous, “and among them are leaders in the group,” he told the commander.')).toEqual([]);
  });

  it('passes straight quotes for curly ones, and the other way round', () => {
    const snapshot = 'The officer said the group’s leaders “remain a threat” to the region.';
    const passage = 'the group’s leaders “remain a threat” to the region';
    expect(mismatches('He warned that "the group\'s leaders \'remain a threat\' to the region".', snapshot, passage)).toEqual([]);
  });

  it('passes a quotation that differs only in whitespace', () => {
    const snapshot = 'The adviser urged foreign governments\n to   repatriate their citizens.';
    expect(mismatches('He “urged foreign governments to repatriate their citizens”.', snapshot, 'urged foreign governments\n to   repatriate their citizens')).toEqual([]);
    expect(mismatches('He “urged  foreign\tgovernments to repatriate”.')).toEqual([]);
  });

  it('fails a quotation with one changed word, showing both texts', () => {
    const [finding, ...more] = mismatches('Some were dangerous, “and among them are commanders in the group,” he said.');
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ rule: 'citation.quote-mismatch', severity: 'error', sourceId: 'src-1', quoted: 'and among them are commanders in the group,', citation: 0 });
    expect(finding?.sourceText).toContain('and among them are leaders in the group');
    expect(ARTICLE.slice(finding?.sourceRange?.start, finding?.sourceRange?.end)).toBe(finding?.sourceText);
    expect(finding?.location).toMatchObject({ block: 0, blockPath: [0], range: { start: 21, end: 66 } });
    expect(finding?.message).toContain('does not match “Adviser presses states” word for word');
  });

  it('fails a change of case or punctuation', () => {
    expect(mismatches('He “Urged foreign governments” to act.')).toHaveLength(1);
    expect(mismatches('They are held “in Iraqi prisons, for links” to it.')).toHaveLength(1);
  });

  it('treats an ellipsis as words left out: each part must appear, in order', () => {
    expect(mismatches('He “urged foreign governments … for links to the group” to act.')).toEqual([]);
    expect(mismatches('He “urged foreign governments...held in Iraqi prisons” to act.')).toEqual([]);
    expect(mismatches('He “urged foreign governments [...] held in Iraqi prisons” to act.')).toEqual([]);
    expect(mismatches('He “held in Iraqi prisons … urged foreign governments” to act.')).toHaveLength(1);
    expect(mismatches('He “urged foreign governments … held in Syrian prisons” to act.')).toHaveLength(1);
  });

  it('reads square brackets as the analyst’s words standing in for the source’s', () => {
    expect(mismatches('“[T]he national security adviser” spoke first.', ARTICLE, null)).toEqual([]);
    expect(mismatches('He “urged [other states] to repatriate their citizens” in detention.')).toEqual([]);
    expect(mismatches('He urged states to take back “leaders in [ISIS]”.')).toEqual([]);
    // A bracket stands for a few words, not a sentence's worth.
    expect(mismatches('He “urged [them] to repatriate their citizens” in detention.')).toEqual([]);
    expect(mismatches('He “urged [them] for links to the group” to act.')).toHaveLength(1);
  });

  it('quotes whole words only', () => {
    expect(mismatches('He said they were “held in Iraqi prison” for years.')).toHaveLength(1);
  });

  it('tolerates a full stop or comma just inside the closing mark', () => {
    expect(mismatches('They are “held in Iraqi prisons.”')).toEqual([]);
    expect(mismatches('They are “held in Iraqi prisons,” officials said.')).toEqual([]);
  });

  it('passes a quotation from elsewhere in the cited source, and checks whole-source citations against the whole snapshot', () => {
    expect(mismatches('In the camp “thousands of families remain”.')).toEqual([]);
    expect(mismatches('In the camp “thousands of families remain”.', ARTICLE, null)).toEqual([]);
    expect(mismatches('In the camp “thousands of children remain”.', ARTICLE, null)).toHaveLength(1);
  });

  it('shows nothing as the source text when nothing in the source comes close', () => {
    const [finding] = mismatches('It was “a wholly unrelated remark about weather patterns in the mountains”.');
    expect(finding).toMatchObject({ sourceText: '', sourceRange: null });
    expect(finding?.message).toContain('nothing in it comes close');
  });

  it('keeps Arabic quotations as written', () => {
    const snapshot = 'قال مستشار الأمن الوطني إن "على الدول استعادة مواطنيها المحتجزين" في السجون.';
    const passage = 'على الدول استعادة مواطنيها المحتجزين';
    expect(mismatches('وأكد المستشار أن «على الدول استعادة مواطنيها المحتجزين».', snapshot, passage)).toEqual([]);
    const [finding] = mismatches('وأكد المستشار أن «على الدول إعادة مواطنيها المحتجزين».', snapshot, passage);
    expect(finding?.quoted).toBe('على الدول إعادة مواطنيها المحتجزين');
    expect(finding?.sourceText).toContain('على الدول استعادة مواطنيها المحتجزين');
  });

  it('checks a quotation only against citations of its own sentence', () => {
    // The citation ends the second sentence; the quotation in the first is not its claim.
    expect(mismatches('Someone said “nothing of the kind”. The adviser urged states to act.')).toEqual([]);
    // A citation after the full stop still belongs to the sentence before it.
    expect(mismatches('Mr. Ashby wrote that he “urged other governments”.')).toHaveLength(1);
  });

  it('checks every quotation of a sentence against any of its citations', () => {
    const other = 'A second report: the monitor said the attack left 373 dead.';
    const document = documentWith(
      bodyOf(para('He “urged foreign governments” and the monitor said it “left 373 dead”.', cite('src-1', passageOf(ARTICLE, PASSAGE)), cite('src-2'))),
      [sourceWith('src-1', ARTICLE), sourceWith('src-2', other)],
    );
    expect(citationProblems(document).filter((finding) => finding.rule === 'citation.quote-mismatch')).toEqual([]);
  });

  it('checks a hundred-page body against 200 kB snapshots quickly', () => {
    const snapshots = [1, 2, 3].map((seed) => generatedText(200_000, seed));
    const paragraphs = Array.from({ length: 600 }, (_, index) => {
      const snapshot = snapshots[index % 3] as string;
      const start = snapshot.indexOf(' ', (index * 997) % 190_000) + 1;
      const end = snapshot.indexOf(' ', start + 40);
      const quoted = index % 100 === 0 ? `${snapshot.slice(start, end)} zebra` : snapshot.slice(start, end);
      return para(`Paragraph ${index} sets out what the officials said. They said “${quoted}” at the meeting.`, cite(`src-${index % 3}`, selectorFor(snapshot, start, end)), ' Nothing is quoted in this sentence.', cite(`src-${(index + 1) % 3}`));
    });
    const document = documentWith(bodyOf(...paragraphs), snapshots.map((snapshot, index) => sourceWith(`src-${index}`, snapshot)));
    const started = performance.now();
    const findings = citationProblems(document);
    // Tens of milliseconds once warm, a few hundred cold on a busy machine; the bound only catches a check gone quadratic.
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(findings.map((finding) => finding.rule)).toEqual(Array.from({ length: 6 }, () => 'citation.quote-mismatch'));
  });

  it('leaves quotations citing a source without a snapshot to the integrity check', () => {
    const document = documentWith(bodyOf(para('He said “anything at all”.', cite('src-1'))), [sourceWith('src-1', null)]);
    expect(citationProblems(document).filter((finding) => finding.rule === 'citation.quote-mismatch')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { anchorSelector, selectorFor } from '../../../core/citations/anchor';
import { TextQuoteSelectorSchema, type TextQuoteSelector } from '../../../core/citations/schema';
import { BriefError } from '../../../core/errors';
import { ARTICLE, generatedText, rangeOf } from '../../fixtures/citations/bodies';

const PASSAGE = 'urged foreign governments to repatriate their citizens held in Iraqi prisons';

function withoutHint({ start: _start, end: _end, ...selector }: TextQuoteSelector): TextQuoteSelector {
  return selector;
}

function selectorOf(words: string, contextLength?: number) {
  const { start, end } = rangeOf(ARTICLE, words);
  return selectorFor(ARTICLE, start, end, contextLength);
}

describe('selectorFor', () => {
  it('stores the exact words, the context either side cut at word boundaries, and the position', () => {
    const selector = selectorOf(PASSAGE);
    const { start, end } = rangeOf(ARTICLE, PASSAGE);
    expect(selector).toEqual({ type: 'TextQuoteSelector', exact: PASSAGE, prefix: 'security adviser on Sunday ', suffix: ' for links to the group, "and', start, end });
    // The raw 32 characters either side start and end mid-word; the stored context does not.
    expect(ARTICLE.slice(start - 32, start)).toBe('onal security adviser on Sunday ');
    expect(ARTICLE.slice(end, end + 32)).toBe(' for links to the group, "and am');
  });

  it('takes what there is at the edges of the text', () => {
    const headline = selectorOf('Adviser presses');
    expect(headline.prefix).toBe('');
    expect(headline.suffix).toBe(' states to take back detainees\n\n');
    const text = 'Keep them civil.';
    expect(selectorFor(text, 10, 16)).toMatchObject({ exact: 'civil.', prefix: 'Keep them ', suffix: '' });
  });

  it('keeps a context that is all one word rather than dropping it', () => {
    const text = `${'x'.repeat(50)} cited words`;
    expect(selectorFor(text, 51, 56, 10).prefix).toBe('xxxxxxxxx ');
  });

  it('honours the context length asked for, within the schema bound, and always parses', () => {
    expect(selectorOf(PASSAGE, 0)).toMatchObject({ prefix: '', suffix: '' });
    const wide = selectorOf(PASSAGE, 10_000);
    expect(wide.prefix.length).toBeLessThanOrEqual(200);
    expect(TextQuoteSelectorSchema.parse(wide)).toEqual(wide);
  });

  it('never cuts a character outside the basic plane in half', () => {
    const text = `${'🙂'.repeat(20)}passage`;
    const selector = selectorFor(text, 40, 47, 5);
    expect(selector.prefix).toBe('🙂🙂');
  });

  it('refuses an empty, blank or out-of-range selection with a plain message', () => {
    for (const [start, end] of [[5, 5], [8, 4], [-1, 3], [0, ARTICLE.length + 1]] as const) {
      expect(() => selectorFor(ARTICLE, start, end)).toThrow(BriefError);
    }
    const blank = ARTICLE.indexOf('\n\n');
    try {
      selectorFor(ARTICLE, blank, blank + 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BriefError);
      expect((error as BriefError).code).toBe('invalid-request');
      expect((error as BriefError).message).toMatch(/only spaces/);
    }
  });

  it('refuses a passage longer than a selector can hold', () => {
    const text = 'a'.repeat(20_001);
    expect(() => selectorFor(text, 0, text.length)).toThrow(/at most 20,000 characters/);
  });
});

describe('anchorSelector', () => {
  it('finds an unchanged passage at its stored position', () => {
    const selector = selectorOf(PASSAGE);
    expect(anchorSelector(ARTICLE, selector)).toEqual({ ...rangeOf(ARTICLE, PASSAGE), quality: 'exact' });
  });

  it('finds the passage again when text is inserted before it', () => {
    const selector = selectorOf(PASSAGE);
    const corrected = ARTICLE.replace('30-01-2022', 'Sunday 30 January 2022, updated 31 January 2022');
    expect(anchorSelector(corrected, selector)).toEqual({ ...rangeOf(corrected, PASSAGE), quality: 'exact' });
  });

  it('finds the passage without a position hint', () => {
    expect(anchorSelector(ARTICLE, withoutHint(selectorOf(PASSAGE)))).toEqual({ ...rangeOf(ARTICLE, PASSAGE), quality: 'exact' });
  });

  it('finds a passage whose typo was fixed, as the corrected text', () => {
    const withTypo = ARTICLE.replace('repatriate their', 'repatirate their');
    const { start, end } = rangeOf(withTypo, 'urged foreign governments to repatirate their citizens held in Iraqi prisons');
    expect(anchorSelector(ARTICLE, selectorFor(withTypo, start, end))).toEqual({ ...rangeOf(ARTICLE, PASSAGE), quality: 'fuzzy' });
  });

  it('finds a corrected passage even after text was also inserted before it', () => {
    const selector = selectorOf(PASSAGE);
    const corrected = `Editor's note: this story was updated.\n\n${ARTICLE.replace('Iraqi prisons', 'Iraqi jails')}`;
    const anchor = anchorSelector(corrected, selector);
    expect(anchor?.quality).toBe('fuzzy');
    expect(corrected.slice(anchor?.start, anchor?.end)).toBe('urged foreign governments to repatriate their citizens held in Iraqi jails');
  });

  it('chooses between copies of the passage by their context', () => {
    const text = 'The first statement said the talks went well. Later, a second statement said the talks went well, officials added.';
    const second = text.lastIndexOf('the talks went well');
    const selector = selectorFor(text, second, second + 'the talks went well'.length);
    expect(anchorSelector(text, withoutHint(selector))).toEqual({ start: second, end: second + 19, quality: 'context' });
    // Text inserted before both copies moves the hint off; the context still chooses the second.
    const moved = `Summary. ${text}`;
    expect(anchorSelector(moved, selector)).toEqual({ start: second + 9, end: second + 28, quality: 'context' });
  });

  it('prefers the edited passage in its place to an unchanged copy of its words elsewhere', () => {
    const text = 'The camp in the north holds families. Elsewhere: the camp in the north holds families, the report said.';
    const start = text.lastIndexOf('the camp');
    const selector = selectorFor(text, start, start + 'the camp in the north holds families'.length);
    const edited = text.replace('Elsewhere: the camp in the north holds families', 'Elsewhere: the camp in the north-east holds families');
    const anchor = anchorSelector(edited, selector);
    expect(anchor?.quality).toBe('fuzzy');
    expect(edited.slice(anchor?.start, anchor?.end)).toBe('the camp in the north-east holds families');
  });

  it('gives null when the passage was deleted', () => {
    const selector = selectorOf(PASSAGE);
    const deleted = ARTICLE.replace(`${PASSAGE} `, '');
    expect(anchorSelector(deleted, selector)).toBeNull();
    expect(anchorSelector('', selector)).toBeNull();
  });

  it('gives null when the passage was rewritten beyond recognition', () => {
    const selector = selectorOf(PASSAGE);
    const rewritten = ARTICLE.replace(PASSAGE, 'called on other capitals to accept the return of detained nationals');
    expect(anchorSelector(rewritten, selector)).toBeNull();
  });

  it('re-anchors a long passage by its two ends', () => {
    const snapshot = generatedText(60_000, 3);
    const start = 20_000;
    const selector = selectorFor(snapshot, start, start + 5_000);
    const edited = `Preface added later.\n\n${snapshot.slice(0, start + 2_500)}an inserted clause, ${snapshot.slice(start + 2_500)}`;
    const anchor = anchorSelector(edited, selector);
    expect(anchor).toEqual({ start: start + 22, end: start + 22 + 5_000 + 20, quality: 'fuzzy' });
  });

  it('is quick in a 200 kB snapshot, even when it has to search all of it', () => {
    const snapshot = generatedText(200_000, 5);
    const selector = selectorFor(snapshot, 150_000, 150_080);
    const deleted = snapshot.slice(0, 150_000) + snapshot.slice(150_080);
    const corrected = `${snapshot.slice(0, 20_000)}${'A paragraph added later. '.repeat(200)}${snapshot.slice(20_000, 150_040)}X${snapshot.slice(150_041)}`;
    const started = performance.now();
    expect(anchorSelector(deleted, selector)).toBeNull();
    expect(anchorSelector(corrected, selector)?.quality).toBe('fuzzy');
    // Tens of milliseconds; the bound only catches a search gone quadratic.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('finds a passage in Arabic', () => {
    const text = 'قال مستشار الأمن الوطني إن على الدول استعادة مواطنيها المحتجزين في السجون العراقية.';
    const words = 'استعادة مواطنيها المحتجزين';
    const { start, end } = rangeOf(text, words);
    const selector = selectorFor(text, start, end);
    expect(anchorSelector(`تحديث: ${text}`, selector)).toEqual({ start: start + 7, end: end + 7, quality: 'exact' });
  });
});

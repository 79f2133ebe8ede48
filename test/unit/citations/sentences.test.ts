import { describe, expect, it } from 'vitest';
import { findQuotations, isWordCharacter, splitSentences } from '../../../core/citations/sentences';

describe('findQuotations', () => {
  it('finds straight, curly and guillemet quotations with their ranges', () => {
    const text = 'He said "take them back", then “move them elsewhere” and «keep them safe».';
    expect(findQuotations(text).map(({ inner }) => inner)).toEqual(['take them back', 'move them elsewhere', 'keep them safe']);
    expect(findQuotations(text)[0]).toMatchObject({ start: 8, end: 24 });
  });

  it('keeps a nested quotation inside the one around it', () => {
    expect(findQuotations('“He called it ‘a campaign’ and ‘urgent’,” she said.').map(({ inner }) => inner)).toEqual(['He called it ‘a campaign’ and ‘urgent’,']);
  });

  it('reads apostrophes as apostrophes, not quotation marks', () => {
    expect(findQuotations('The group’s leaders and the states’ view don’t change.')).toEqual([]);
    expect(findQuotations('She called it ‘the mission’s task’ twice.').map(({ inner }) => inner)).toEqual(['the mission’s task']);
  });

  it('ignores a mark that never closes, but not the quotations after it', () => {
    expect(findQuotations('The ‘90s ended. He said “go home” then.').map(({ inner }) => inner)).toEqual(['go home']);
  });
});

describe('splitSentences', () => {
  const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

  it('splits at full stops, question and exclamation marks followed by a space', () => {
    expect(sentencesOf('One. Two? Three!  Four')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
  });

  it('does not split after abbreviations, initials or before a lower-case word', () => {
    expect(sentencesOf('Mr. Ashby met Dr. Lane in the U.S. on Monday. J. R. Smith, e.g. the envoy, was late. Figures were approx. stable.')).toEqual([
      'Mr. Ashby met Dr. Lane in the U.S. on Monday.',
      'J. R. Smith, e.g. the envoy, was late.',
      'Figures were approx. stable.',
    ]);
    expect(sentencesOf('It rose 3.5 per cent... and then fell.')).toEqual(['It rose 3.5 per cent... and then fell.']);
    expect(sentencesOf('Camp No. 3 holds families. The answer was no. Then he left.')).toEqual(['Camp No. 3 holds families.', 'The answer was no.', 'Then he left.']);
  });

  it('never splits a quotation, and ends a sentence after a quoted one', () => {
    expect(sentencesOf('He said: “We will not stop. We will return.” Then he left.')).toEqual(['He said: “We will not stop. We will return.”', 'Then he left.']);
    expect(sentencesOf('“Why?” he asked. (It was late.) Done')).toEqual(['“Why?” he asked.', '(It was late.)', 'Done']);
  });

  it('splits Arabic at its question mark and full stop', () => {
    expect(sentencesOf('هل سيعودون؟ قال المستشار نعم.')).toEqual(['هل سيعودون؟', 'قال المستشار نعم.']);
  });
});

describe('isWordCharacter', () => {
  it('counts letters with their marks, digits and underscores, in any script', () => {
    expect([...'a9_é'].map((_, index) => isWordCharacter('a9_é', index))).toEqual([true, true, true, true]);
    expect(isWordCharacter('مُ', 1)).toBe(true);
    expect([' ', '-', '.', '“'].map((character) => isWordCharacter(character, 0))).toEqual([false, false, false, false]);
    expect(isWordCharacter('a', -1)).toBe(false);
    expect(isWordCharacter('a', 1)).toBe(false);
  });
});

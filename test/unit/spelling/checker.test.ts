import { beforeAll, describe, expect, it } from 'vitest';
import { fitSuggestion, SpellChecker } from '../../../core/spelling/checker';
import { loadDictionary as dictionary } from '../../fixtures/spelling-dictionaries';

describe('the spell-checker with the US English dictionary', () => {
  let checker: SpellChecker;
  beforeAll(() => {
    checker = new SpellChecker(dictionary('dictionary-en'));
  });

  const flagged = (text: string) => checker.misspellings(text).map((word) => word.text);

  it('flags misspellings and unknown names, not acronyms', () => {
    expect(flagged('The adviser recieved the report from NATO about Hasaka.')).toEqual(['recieved', 'Hasaka']);
  });

  it('takes a compound whose parts are words, and a possessive with either apostrophe', () => {
    expect(flagged('counter-terrorism forces; the analyst’s and the analyst\'s view; NATO-led')).toEqual([]);
  });

  it('flags a hyphenated name whole, and accepts it once added', () => {
    const own = new SpellChecker(dictionary('dictionary-en'));
    expect(own.misspellings('Qasim al-Araji said').map((word) => word.text)).toEqual(['Qasim', 'al-Araji']);
    own.accept('al-Araji');
    own.accept('Qasim');
    expect(own.misspellings('Qasim al-Araji said, and al-Araji’s aides agreed').map((word) => word.text)).toEqual([]);
  });

  it('suggests the right word first, in the case of the word it replaces', () => {
    expect(checker.suggestions('recieved')[0]).toBe('received');
    expect(checker.suggestions('Recieved')[0]).toBe('Received');
    expect(checker.suggestions('recieved').length).toBeLessThanOrEqual(5);
  });

  it('suggests for the one unknown part of a compound', () => {
    expect(checker.suggestions('counter-terorism')).toContain('counter-terrorism');
  });

  it('leaves British spellings to the British dictionary', () => {
    const british = new SpellChecker(dictionary('dictionary-en-gb'));
    expect(flagged('the colour of the organisation')).toEqual(['colour', 'organisation']);
    expect(british.misspellings('the colour of the organisation')).toEqual([]);
  });
});

describe('a suggestion fitted to the word it replaces', () => {
  it.each([
    ['received', 'recieved', 'received'],
    ['received', 'Recieved', 'Received'],
    ["analyst's", 'analyts’s', 'analyst’s'],
    ['Baghdad', 'baghdad', 'Baghdad'],
  ])('%s for %s is %s', (suggestion, original, expected) => {
    expect(fitSuggestion(suggestion, original)).toBe(expected);
  });
});

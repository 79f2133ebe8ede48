import { describe, expect, it } from 'vitest';
import { spellingWords } from '../../../core/spelling/words';

const checked = (text: string) => spellingWords(text).map((word) => word.text);

describe('the words a spell-checker looks at', () => {
  it.each([
    ['plain prose, word by word', 'The adviser recieved the report.', ['The', 'adviser', 'recieved', 'the', 'report']],
    ['acronyms in capitals, plural and possessive ones too', 'NATO, ISIS-K and NGOs met NATO’s SOHR team', ['and', 'met', 'team']],
    ['a capitalised word is not an acronym', 'Hasaka Prison', ['Hasaka', 'Prison']],
    ['a hyphenated name as one word', 'Qasim al-Araji spoke', ['Qasim', 'al-Araji', 'spoke']],
    ['a non-breaking hyphen joins too', 'counter\u2011terrorism', ['counter\u2011terrorism']],
    ['an en dash separates', 'Araji–Anker talks', ['Araji', 'Anker', 'talks']],
    ['a straight apostrophe inside a word', "the analyst's view", ['the', "analyst's", 'view']],
    ['a curly apostrophe inside a word', 'the analyst’s view', ['the', 'analyst’s', 'view']],
    ['a closing apostrophe is punctuation', 'the analysts’ views', ['the', 'analysts', 'views']],
    ['quotation marks are not part of the word', '“leaders in ISIS”', ['leaders', 'in']],
    ['numbers', '373 dead, 268 members, 1,200 guards, 3.5 per cent', ['dead', 'members', 'guards', 'per', 'cent']],
    ['words with digits', 'the A4 form, 21st century, COVID19', ['the', 'form', 'century']],
    ['web addresses', 'See https://www.rudaw.net/english/middleeast and www.example.org/page', ['See', 'and']],
    ['a host name with a path', 'at rudaw.net/english today', ['at', 'today']],
    ['a bare host name', 'from rudaw.net today', ['from', 'today']],
    ['e-mail addresses', 'write to press.office@rudaw.net today', ['write', 'to', 'today']],
    ['abbreviations with dots', 'e.g. the U.S. view', ['the', 'view']],
    ['Arabic', 'قال مستشار الأمن الوطني', []],
    ['Hebrew', 'שלום עולם', []],
    ['Kurdish Sorani between English words', 'In Erbil هەولێر today', ['In', 'Erbil', 'today']],
    ['a word mixing scripts', 'Kurdistanکوردستان region', ['region']],
    ['Cyrillic and Greek', 'Москва and Αθήνα', ['and']],
    ['single letters', 'a b I x', []],
    ['accented Latin words', 'a café in Besançon', ['café', 'in', 'Besançon']],
  ])('%s', (_case, text, expected) => {
    expect(checked(text)).toEqual(expected);
  });

  it('gives each word’s offsets in the text, so it can be underlined', () => {
    const text = 'Qasim al-Araji recieved it.';
    for (const word of spellingWords(text)) expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(spellingWords(text).find((word) => word.text === 'recieved')).toEqual({ text: 'recieved', start: 15, end: 23 });
  });
});

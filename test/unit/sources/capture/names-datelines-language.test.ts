import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../../core/sources/capture/dateline';
import { languageOfText } from '../../../../core/sources/capture/language';
import { bylineCredits, namesIn, personName } from '../../../../core/sources/capture/names';

describe('bylines', () => {
  it.each([
    ['By Julian Bechocha', [{ given: 'Julian', family: 'Bechocha' }]],
    ['By Jane Doe and John Roe', [{ given: 'Jane', family: 'Doe' }, { given: 'John', family: 'Roe' }]],
    ['By JANE DOE', [{ given: 'Jane', family: 'Doe' }]],
    ['Written by Qasim al-Araji', [{ given: 'Qasim', family: 'al-Araji' }]],
    ['By Ludwig van Beethoven', [{ given: 'Ludwig', family: 'van Beethoven' }]],
    ['By Rudaw staff', [{ literal: 'Rudaw staff' }]],
    ['Reporting by Jane Doe in Baghdad; Editing by John Roe', [{ given: 'Jane', family: 'Doe' }]],
  ])('“%s” credits %j', (line, authors) => {
    expect(bylineCredits(line)?.authors).toEqual(authors);
  });

  it('names an outlet in a byline as an outlet, not an author', () => {
    expect(bylineCredits('By Jane Doe, Reuters')).toEqual({ authors: [{ given: 'Jane', family: 'Doe' }], outlets: ['Reuters'] });
  });

  it.each(['By Sunday, the talks had collapsed.', 'By the end of the week', 'Bylines are not sentences', 'By 2024'])('leaves the sentence “%s” alone', (line) => {
    expect(bylineCredits(line)).toBeUndefined();
  });

  it('reads names from page metadata, with or without “By”', () => {
    expect(namesIn('Mira Solberg, Tomas Reyes')?.authors).toEqual([{ given: 'Mira', family: 'Solberg' }, { given: 'Tomas', family: 'Reyes' }]);
    expect(namesIn('Rudaw')?.authors).toEqual([]);
    expect(personName('harbour office')).toBeUndefined();
  });
});

describe('datelines', () => {
  it.each([
    ['ERBIL, Kurdistan Region — Iraq’s National Security Advisor met…', 'Erbil, Kurdistan Region', ''],
    ['BAGHDAD (Reuters) - Iraq reopened a crossing…', 'Baghdad', 'Reuters'],
    ['BAGHDAD, Jan 30 (Reuters) - Iraq reopened a crossing…', 'Baghdad', 'Reuters'],
    ['NEW YORK — The council met…', 'New York', ''],
    ['WASHINGTON, D.C. – Officials said…', 'Washington, D.C.', ''],
    ['AL-HOL, Syria — Families waited…', 'Al-Hol, Syria', ''],
  ])('“%s” was filed from %s', (line, place, agency) => {
    expect(readDateline(line)).toMatchObject({ place, agency });
  });

  it.each(['NATO and Iraq — a partnership, officials said.', 'Iraq’s National Security Advisor — said…', 'The al-Hol camp holds thousands of families.', 'أربيل - قال مسؤولون'])('finds no dateline in “%s”', (line) => {
    expect(readDateline(line)).toBeUndefined();
  });
});

describe('the language of a text', () => {
  it('tells Arabic, Kurdish (Sorani) and Persian apart by their letters', () => {
    expect(languageOfText('أعلنت سلطة الميناء يوم الثلاثاء تأجيل رفع رسوم الرسو حتى نهاية فصل الصيف')?.tag).toBe('ar');
    expect(languageOfText('ئەمە دەقێکی تاقیکردنەوەیە بۆ سەرچاوەکان و ڕاپۆرتەکانی ئەم هەفتەیە')?.tag).toBe('ckb');
    expect(languageOfText('این یک متن آزمایشی برای منابع است که در این هفته نوشته شد')?.tag).toBe('fa');
  });

  it('calls Latin text English only when English’s common words are there', () => {
    expect(languageOfText('The harbour office said that the works on the north quay would start in April.')).toEqual({ tag: 'en', evidence: 'Latin script, common English words' });
    expect(languageOfText('Le bureau du port a annoncé que les travaux commenceront en avril prochain.')).toBeUndefined();
    expect(languageOfText('Too short')).toBeUndefined();
  });
});

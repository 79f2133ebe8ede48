import { describe, expect, it } from 'vitest';
import { NATO_SCHEME, NO_SCHEME, TLP_SCHEME, UK_SCHEME, US_SCHEME } from '../../../core/markings/builtin-schemes';
import { compareLevels, formatPortionMark, levelRank, markText, parseMark } from '../../../core/markings/portion-mark';
import type { MarkingScheme } from '../../../core/markings/scheme';

function read(text: string, scheme: MarkingScheme) {
  const mark = parseMark(text, scheme);
  if (!mark) throw new Error(`"${text}" read as no mark`);
  return mark;
}

describe('reading a portion mark', () => {
  const US_CASES: Array<[written: string, portion: string, banner: string]> = [
    ['S//NF', '(S//NF)', 'SECRET//NOFORN'],
    ['(S//NF)', '(S//NF)', 'SECRET//NOFORN'],
    ['SECRET//NOFORN', '(S//NF)', 'SECRET//NOFORN'],
    [' s // nf ', '(S//NF)', 'SECRET//NOFORN'],
    ['(TS//SI/TK//OC/NF)', '(TS//SI/TK//OC/NF)', 'TOP SECRET//SI/TK//ORCON/NOFORN'],
    ['TS//NF/OC', '(TS//OC/NF)', 'TOP SECRET//ORCON/NOFORN'],
    ['s//rel to gbr, usa', '(S//REL TO USA, GBR)', 'SECRET//REL TO USA, GBR'],
    ['C//REL TO USA,AUS,GBR', '(C//REL TO USA, AUS, GBR)', 'CONFIDENTIAL//REL TO USA, AUS, GBR'],
    ['U', '(U)', 'UNCLASSIFIED'],
    ['CUI', '(CUI)', 'CUI'],
    ['CUI//FED ONLY', '(CUI//FED ONLY)', 'CUI//FED ONLY'],
  ];

  it.each(US_CASES)('US: %j is written %j in a portion and %j in a banner', (written, portion, banner) => {
    const mark = read(written, US_SCHEME);
    expect(formatPortionMark(mark, US_SCHEME)).toBe(portion);
    expect(markText(mark, US_SCHEME, 'banner')).toBe(banner);
    expect(mark.unknown).toEqual([]);
  });

  const OTHER_CASES: Array<[scheme: MarkingScheme, written: string, portion: string, banner: string]> = [
    [UK_SCHEME, 'OS', '(OS)', 'OFFICIAL-SENSITIVE'],
    [UK_SCHEME, 'OFFICIAL-SENSITIVE', '(OS)', 'OFFICIAL-SENSITIVE'],
    [UK_SCHEME, 'official sensitive', '(OS)', 'OFFICIAL-SENSITIVE'],
    [UK_SCHEME, 'O', '(O)', 'OFFICIAL'],
    [UK_SCHEME, 'S UKEO', '(S UKEO)', 'SECRET UK EYES ONLY'],
    [UK_SCHEME, 'TOP SECRET UK EYES ONLY', '(TS UKEO)', 'TOP SECRET UK EYES ONLY'],
    [NATO_SCHEME, 'NS', '(NS)', 'NATO SECRET'],
    [NATO_SCHEME, 'cosmic top secret', '(CTS)', 'COSMIC TOP SECRET'],
    [NATO_SCHEME, 'NATO RESTRICTED', '(NR)', 'NATO RESTRICTED'],
    [TLP_SCHEME, 'TLP: amber + strict', '(TLP:AMBER+STRICT)', 'TLP:AMBER+STRICT'],
    [TLP_SCHEME, 'amber', '(TLP:AMBER)', 'TLP:AMBER'],
    [TLP_SCHEME, 'TLP:CLEAR', '(TLP:CLEAR)', 'TLP:CLEAR'],
  ];

  it.each(OTHER_CASES)('%s: %j is written %j in a portion and %j in a banner', (scheme, written, portion, banner) => {
    const mark = read(written, scheme);
    expect(formatPortionMark(mark, scheme)).toBe(portion);
    expect(markText(mark, scheme, 'banner')).toBe(banner);
  });

  it('reads an empty mark as no mark', () => {
    expect(parseMark('', US_SCHEME)).toBeNull();
    expect(parseMark('  ', US_SCHEME)).toBeNull();
    expect(parseMark('()', US_SCHEME)).toBeNull();
  });

  it('gives the level and each control by id, the countries in order', () => {
    expect(read('S//REL TO GBR, USA/OC', US_SCHEME)).toEqual({
      level: 'S',
      controls: [
        { id: 'OC', countries: [] },
        { id: 'REL', countries: ['USA', 'GBR'] },
      ],
      unknown: [],
      notAllowed: [],
    });
  });
});

describe('an unknown marking string', () => {
  it('keeps a control the scheme does not have, as written, in the portion mark and the banner', () => {
    const mark = read('S//NOFRON', US_SCHEME);
    expect(mark).toEqual({ level: 'S', controls: [], unknown: ['NOFRON'], notAllowed: [] });
    expect(formatPortionMark(mark, US_SCHEME)).toBe('(S//NOFRON)');
    expect(markText(mark, US_SCHEME, 'banner')).toBe('SECRET//NOFRON');
  });

  it('keeps the known controls next to the unknown ones', () => {
    expect(read('TS//SP-PRVCY/NF', US_SCHEME)).toEqual({ level: 'TS', controls: [{ id: 'NF', countries: [] }], unknown: ['SP-PRVCY'], notAllowed: [] });
  });

  it('keeps a level the scheme does not have whole, without guessing at its parts', () => {
    expect(read('SECRETISH//NF', US_SCHEME)).toEqual({ level: null, controls: [], unknown: ['SECRETISH//NF'], notAllowed: [] });
    expect(read('TLP:WHITE', TLP_SCHEME)).toEqual({ level: null, controls: [], unknown: ['TLP:WHITE'], notAllowed: [] });
    expect(read('RESTRICTED', UK_SCHEME).level).toBeNull();
    expect(formatPortionMark(read('secretish', US_SCHEME), US_SCHEME)).toBe('(SECRETISH)');
  });

  it('keeps REL TO without its countries as written: it says nothing about release', () => {
    expect(read('S//REL TO', US_SCHEME)).toMatchObject({ level: 'S', controls: [], unknown: ['REL TO'] });
  });

  it('in a document without a scheme, is every mark', () => {
    expect(read('S', NO_SCHEME)).toEqual({ level: null, controls: [], unknown: ['S'], notAllowed: [] });
  });

  it('names a control used at a level that does not take it, and keeps it', () => {
    expect(read('S//FED ONLY', US_SCHEME)).toMatchObject({ level: 'S', controls: [{ id: 'FED ONLY' }], notAllowed: ['FED ONLY'] });
    expect(read('SECRET-SENSITIVE', UK_SCHEME)).toMatchObject({ level: 'SECRET', notAllowed: ['SENSITIVE'] });
  });
});

describe('comparing levels', () => {
  it('orders each scheme’s levels, lowest first', () => {
    expect(compareLevels(US_SCHEME, 'S', 'C')).toBeGreaterThan(0);
    expect(compareLevels(US_SCHEME, 'CUI', 'U')).toBeGreaterThan(0);
    expect(compareLevels(US_SCHEME, 'CUI', 'C')).toBeLessThan(0);
    expect(compareLevels(UK_SCHEME, 'OFFICIAL', 'SECRET')).toBeLessThan(0);
    expect(compareLevels(NATO_SCHEME, 'CTS', 'NS')).toBeGreaterThan(0);
    expect(compareLevels(TLP_SCHEME, 'TLP:AMBER+STRICT', 'TLP:AMBER')).toBeGreaterThan(0);
    expect(compareLevels(TLP_SCHEME, 'TLP:AMBER+STRICT', 'TLP:RED')).toBeLessThan(0);
    expect(compareLevels(TLP_SCHEME, 'TLP:GREEN', 'TLP:GREEN')).toBe(0);
  });

  it('cannot compare a level the scheme does not have', () => {
    expect(compareLevels(US_SCHEME, 'S', 'SECRETISH')).toBeNull();
    expect(levelRank(US_SCHEME, 'SECRETISH')).toBe(-1);
    expect(levelRank(US_SCHEME, null)).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { bannerText } from '../../../core/export/banner';
import { NATO_SCHEME, TLP_SCHEME, UK_SCHEME, US_SCHEME } from '../../../core/markings/builtin-schemes';
import { parseMarkingScheme } from '../../../core/markings/custom-scheme';
import { rolledUpMarking } from '../../../core/markings/document-marking';
import { markText, parseMark } from '../../../core/markings/portion-mark';
import { rollUp } from '../../../core/markings/roll-up';
import type { Mark, MarkingScheme } from '../../../core/markings/scheme';
import { documentOf, marked, para, source } from '../checks/builders';

/** The banner the portions roll up to, under the document's own mark (null: none set). */
function banner(scheme: MarkingScheme, portions: string[], own: string | null = null): string | null {
  const read = (text: string) => parseMark(text, scheme) as Mark;
  const mark = rollUp(scheme, own === null ? null : read(own), portions.map(read));
  return mark && markText(mark, scheme, 'banner');
}

describe('the banner rolls up to the highest portion', () => {
  it.each<[string[], string | null, string]>([
    [['U', 'S//NF', 'C'], null, 'SECRET//NOFORN'],
    [['S//OC', 'TS//NF'], null, 'TOP SECRET//ORCON/NOFORN'],
    [['TS//SI/TK//NF', 'S//HCS//OC'], null, 'TOP SECRET//HCS/SI/TK//ORCON/NOFORN'],
    [['U', 'C'], 'U', 'CONFIDENTIAL'],
    [['S', 'C'], 'TS', 'TOP SECRET'],
    [['S//REL TO USA, GBR, AUS', 'C//REL TO USA, GBR', 'U'], null, 'SECRET//REL TO USA, GBR'],
    [['S//REL TO USA, GBR', 'C//REL TO USA, AUS'], null, 'SECRET//NOFORN'],
    [['S//REL TO USA, GBR', 'S//NF'], null, 'SECRET//NOFORN'],
    [['S//REL TO USA, GBR', 'C'], null, 'SECRET'],
    [['S//REL TO USA, GBR', 'U'], null, 'SECRET//REL TO USA, GBR'],
    [['S//NOFRON', 'C'], null, 'SECRET//NOFRON'],
  ])('US: %j under %j is %j', (portions, own, expected) => {
    expect(banner(US_SCHEME, portions, own)).toBe(expected);
  });

  it.each<[string[], string | null, string]>([
    [['U', 'CUI'], null, 'CUI'],
    [['CUI//FED ONLY', 'U'], null, 'CUI//FED ONLY'],
    [['CUI//FED ONLY', 'S//NF'], null, 'SECRET//NOFORN'],
    [['CUI//NF', 'CUI'], 'U', 'CUI//NOFORN'],
  ])('CUI: %j under %j is %j', (portions, own, expected) => {
    expect(banner(US_SCHEME, portions, own)).toBe(expected);
  });

  it.each<[string[], string | null, string]>([
    [['O', 'OS'], null, 'OFFICIAL-SENSITIVE'],
    [['OS', 'S'], null, 'SECRET'],
    [['S UKEO', 'O'], null, 'SECRET UK EYES ONLY'],
    [['O'], 'OS', 'OFFICIAL-SENSITIVE'],
    [['TS', 'OS'], 'O', 'TOP SECRET'],
  ])('UK: %j under %j is %j', (portions, own, expected) => {
    expect(banner(UK_SCHEME, portions, own)).toBe(expected);
  });

  it.each<[string[], string | null, string]>([
    [['NR', 'NS', 'NU'], null, 'NATO SECRET'],
    [['NC'], 'NU', 'NATO CONFIDENTIAL'],
    [['CTS', 'NS'], null, 'COSMIC TOP SECRET'],
  ])('NATO: %j under %j is %j', (portions, own, expected) => {
    expect(banner(NATO_SCHEME, portions, own)).toBe(expected);
  });

  it.each<[string[], string | null, string]>([
    [['TLP:GREEN', 'TLP:AMBER+STRICT', 'TLP:AMBER'], null, 'TLP:AMBER+STRICT'],
    [['TLP:AMBER+STRICT', 'TLP:RED'], null, 'TLP:RED'],
    [['CLEAR', 'GREEN'], null, 'TLP:GREEN'],
    [['TLP:CLEAR'], 'TLP:GREEN', 'TLP:GREEN'],
    [['amber'], 'CLEAR', 'TLP:AMBER'],
  ])('TLP 2.0: %j under %j is %j', (portions, own, expected) => {
    expect(banner(TLP_SCHEME, portions, own)).toBe(expected);
  });

  it('in a custom scheme, by the order its file gives', () => {
    const acme = parseMarkingScheme(
      { id: 'acme', name: 'ACME handling', levels: [{ portion: 'P', banner: 'ACME PUBLIC' }, { portion: 'I', banner: 'ACME INTERNAL' }, { portion: 'R', banner: 'ACME RESTRICTED' }], controls: [{ portion: 'LGL', banner: 'LEGAL PRIVILEGE' }] },
      'acme.json',
    );
    expect(banner(acme, ['P', 'I//LGL', 'P'])).toBe('ACME INTERNAL//LEGAL PRIVILEGE');
    expect(banner(acme, ['P'], 'R')).toBe('ACME RESTRICTED');
  });

  it('is nothing when nothing is marked', () => {
    expect(rollUp(US_SCHEME, null, [])).toBeNull();
  });
});

describe('the banner of a document', () => {
  it('covers every portion, the title, each citation and each source, and can be raised but not lowered', () => {
    const document = documentOf([marked('C', para('Forces began inspections.')), marked('U', para('The camp holds families.'))], {
      marking: { scheme: 'us', level: 'U', controls: [] },
      sources: [source({ id: 'src', title: 'Cable', portionMark: 'S//NF' })],
    });
    expect(rolledUpMarking(document)).toMatchObject({ scheme: 'us', level: 'S', controls: ['NF'] });
    document.marking.level = 'TS';
    expect(rolledUpMarking(document)).toMatchObject({ level: 'TS', controls: ['NF'] });
    document.marking = { scheme: 'us', level: 'U', controls: [], titlePortion: 'TS' };
    document.sources = [];
    expect(bannerText(rolledUpMarking(document))?.text).toBe('TOP SECRET');
  });

  it('keeps its own marking when its scheme is unknown', () => {
    const document = documentOf([marked('S', para('Text.'))], { marking: { scheme: 'acme', level: 'INTERNAL', controls: [] } });
    expect(rolledUpMarking(document)).toEqual(document.marking);
  });

  it('is written by the scheme: spelled out, controls after a double slash, TLP in its colour', () => {
    expect(bannerText({ scheme: 'us', level: 'S', controls: ['NF'] })).toEqual({ text: 'SECRET//NOFORN', kind: 'classification', color: null });
    expect(bannerText({ scheme: 'us', level: 'S', controls: ['REL TO USA, GBR'] })?.text).toBe('SECRET//REL TO USA, GBR');
    expect(bannerText({ scheme: 'us', level: 'CUI', controls: [] })?.text).toBe('CUI');
    expect(bannerText({ scheme: 'uk', level: 'OFFICIAL', controls: ['SENSITIVE'] })?.text).toBe('OFFICIAL-SENSITIVE');
    expect(bannerText({ scheme: 'nato', level: 'NS', controls: [] })?.text).toBe('NATO SECRET');
    expect(bannerText({ scheme: 'tlp', level: 'TLP:AMBER+STRICT', controls: [] })).toEqual({ text: 'TLP:AMBER+STRICT', kind: 'tlp', color: 'FFC000' });
    expect(bannerText({ scheme: 'tlp', level: 'TLP:CLEAR', controls: [] })).toEqual({ text: 'TLP:CLEAR', kind: 'tlp', color: 'FFFFFF' });
    expect(bannerText({ scheme: 'tlp', level: 'red', controls: [] })?.color).toBe('FF2B2B');
    expect(bannerText({ scheme: 'tlp', level: 'green', controls: [] })?.color).toBe('33FF00');
  });

  it('of a custom scheme saved in the document, with its colours', () => {
    const customScheme = { id: 'acme', name: 'ACME handling', style: 'tlp', levels: [{ portion: 'P', banner: 'ACME PUBLIC', color: '#33ff00' }] };
    expect(bannerText({ scheme: 'acme', level: 'P', controls: [], customScheme })).toEqual({ text: 'ACME PUBLIC', kind: 'tlp', color: '33FF00' });
  });

  it('prints a marking it cannot read as written, never dropping it', () => {
    expect(bannerText({ scheme: 'acme', level: 'Internal', controls: ['hr only'] })?.text).toBe('INTERNAL//HR ONLY');
    expect(bannerText({ scheme: 'us', level: 'SECRETISH', controls: [] })?.text).toBe('SECRETISH');
    expect(bannerText({ scheme: 'none', level: null, controls: [] })).toBeNull();
    expect(bannerText({ scheme: 'us', level: null, controls: [] })).toBeNull();
  });
});

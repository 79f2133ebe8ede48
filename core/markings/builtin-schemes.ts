import type { MarkingControl, MarkingLevel, MarkingScheme } from './scheme';

/**
 * The schemes Briefwright knows without being told: US classification with CUI, the UK
 * Government Security Classifications, NATO, FIRST TLP 2.0, and none. Sources: the CAPCO
 * register (US portion marks, banner words and the order of controls), the ISOO CUI
 * marking handbook, the UK Government Security Classifications Policy (2023), NATO
 * C-M(2002)49 and FIRST's TLP 2.0 standard.
 */

function level(id: string, portion: string, banner: string, options: Partial<MarkingLevel> = {}): MarkingLevel {
  return { id, portion, banner, aliases: [], color: null, requiresPortionMarks: false, ...options };
}

function control(id: string, portion: string, banner: string, options: Partial<MarkingControl> = {}): MarkingControl {
  return { id, portion, banner, aliases: [], group: 1, levels: [], attached: false, countries: null, overrides: [], ...options };
}

const CLASSIFIED = ['C', 'S', 'TS'];

/**
 * US classification with CUI between UNCLASSIFIED and CONFIDENTIAL. Classified documents
 * mark every portion; a CUI document marks all portions as soon as it marks one. SCI
 * control systems come first, then dissemination controls, each group after `//`.
 */
export const US_SCHEME: MarkingScheme = {
  id: 'us',
  name: 'US classification and CUI',
  style: 'classification',
  levels: [
    level('U', 'U', 'UNCLASSIFIED', { aliases: ['UNCLASSIFIED'] }),
    level('CUI', 'CUI', 'CUI', { aliases: ['CONTROLLED UNCLASSIFIED INFORMATION'] }),
    level('C', 'C', 'CONFIDENTIAL', { aliases: ['CONFIDENTIAL'], requiresPortionMarks: true }),
    level('S', 'S', 'SECRET', { aliases: ['SECRET'], requiresPortionMarks: true }),
    level('TS', 'TS', 'TOP SECRET', { aliases: ['TOP SECRET'], requiresPortionMarks: true }),
  ],
  controls: [
    control('HCS', 'HCS', 'HCS', { levels: CLASSIFIED }),
    control('SI', 'SI', 'SI', { levels: CLASSIFIED }),
    control('TK', 'TK', 'TK', { levels: CLASSIFIED }),
    control('RS', 'RS', 'RSEN', { group: 2, aliases: ['RSEN', 'RISK SENSITIVE'], levels: CLASSIFIED }),
    control('OC', 'OC', 'ORCON', { group: 2, aliases: ['ORCON'], levels: CLASSIFIED }),
    control('IMC', 'IMC', 'IMCON', { group: 2, aliases: ['IMCON'], levels: CLASSIFIED }),
    control('NF', 'NF', 'NOFORN', { group: 2, aliases: ['NOFORN'], overrides: ['REL', 'RELIDO'] }),
    control('PR', 'PR', 'PROPIN', { group: 2, aliases: ['PROPIN'] }),
    control('REL', 'REL TO', 'REL TO', { group: 2, countries: { first: 'USA', whenNoneShared: 'NF' } }),
    control('RELIDO', 'RELIDO', 'RELIDO', { group: 2, levels: CLASSIFIED }),
    control('FISA', 'FISA', 'FISA', { group: 2, levels: CLASSIFIED }),
    // CUI limited dissemination controls.
    control('FED ONLY', 'FED ONLY', 'FED ONLY', { group: 2, levels: ['CUI'] }),
    control('FEDCON', 'FEDCON', 'FEDCON', { group: 2, levels: ['CUI'] }),
    control('NOCON', 'NOCON', 'NOCON', { group: 2, levels: ['CUI'] }),
    control('DL ONLY', 'DL ONLY', 'DL ONLY', { group: 2, levels: ['CUI'] }),
  ],
  portionMarks: 'if-any',
  groupSeparator: '//',
  controlSeparator: '/',
};

/** OFFICIAL-SENSITIVE is OFFICIAL with a handling marking, written `(OS)`; at SECRET it falls away. */
export const UK_SCHEME: MarkingScheme = {
  id: 'uk',
  name: 'UK Government Security Classifications',
  style: 'classification',
  levels: [
    level('OFFICIAL', 'O', 'OFFICIAL', { aliases: ['OFFICIAL'] }),
    level('SECRET', 'S', 'SECRET', { aliases: ['SECRET'] }),
    level('TOP SECRET', 'TS', 'TOP SECRET', { aliases: ['TOP SECRET'] }),
  ],
  controls: [
    control('SENSITIVE', 'S', 'SENSITIVE', { aliases: ['SENSITIVE'], levels: ['OFFICIAL'], attached: true }),
    control('UKEO', 'UKEO', 'UK EYES ONLY', { aliases: ['UK EYES ONLY'] }),
  ],
  portionMarks: 'optional',
  groupSeparator: ' ',
  controlSeparator: ' ',
};

export const NATO_SCHEME: MarkingScheme = {
  id: 'nato',
  name: 'NATO',
  style: 'classification',
  levels: [
    level('NU', 'NU', 'NATO UNCLASSIFIED', { aliases: ['NATO UNCLASSIFIED'] }),
    level('NR', 'NR', 'NATO RESTRICTED', { aliases: ['NATO RESTRICTED'] }),
    level('NC', 'NC', 'NATO CONFIDENTIAL', { aliases: ['NATO CONFIDENTIAL'] }),
    level('NS', 'NS', 'NATO SECRET', { aliases: ['NATO SECRET'] }),
    level('CTS', 'CTS', 'COSMIC TOP SECRET', { aliases: ['COSMIC TOP SECRET'] }),
  ],
  controls: [],
  portionMarks: 'optional',
  groupSeparator: ' ',
  controlSeparator: ' ',
};

/**
 * FIRST TLP 2.0, least to most restricted: AMBER+STRICT sits between AMBER and RED.
 * Labels are written in capitals without spaces and never translated, right-aligned,
 * 12 pt or larger, in their colour on black.
 */
export const TLP_SCHEME: MarkingScheme = {
  id: 'tlp',
  name: 'Traffic Light Protocol 2.0',
  style: 'tlp',
  levels: [
    level('TLP:CLEAR', 'TLP:CLEAR', 'TLP:CLEAR', { aliases: ['CLEAR'], color: 'FFFFFF' }),
    level('TLP:GREEN', 'TLP:GREEN', 'TLP:GREEN', { aliases: ['GREEN'], color: '33FF00' }),
    level('TLP:AMBER', 'TLP:AMBER', 'TLP:AMBER', { aliases: ['AMBER'], color: 'FFC000' }),
    level('TLP:AMBER+STRICT', 'TLP:AMBER+STRICT', 'TLP:AMBER+STRICT', { aliases: ['AMBER+STRICT'], color: 'FFC000' }),
    level('TLP:RED', 'TLP:RED', 'TLP:RED', { aliases: ['RED'], color: 'FF2B2B' }),
  ],
  controls: [],
  portionMarks: 'optional',
  groupSeparator: '//',
  controlSeparator: '/',
};

/** An unmarked document: no levels, so any mark found in it is one the checks flag. */
export const NO_SCHEME: MarkingScheme = {
  id: 'none',
  name: 'No marking',
  style: 'classification',
  levels: [],
  controls: [],
  portionMarks: 'optional',
  groupSeparator: '//',
  controlSeparator: '/',
};

export const BUILTIN_SCHEMES: readonly MarkingScheme[] = [US_SCHEME, UK_SCHEME, NATO_SCHEME, TLP_SCHEME, NO_SCHEME];

export function builtinScheme(id: string): MarkingScheme | undefined {
  return BUILTIN_SCHEMES.find((scheme) => scheme.id === id);
}

import type { DocumentMarking } from '../document/schema';
import type { Banner } from './types';

/** FIRST TLP 2.0 label colours (text on black). */
const TLP_COLORS: Readonly<Record<string, string>> = {
  'TLP:RED': 'FF2B2B',
  'TLP:AMBER': 'FFC000',
  'TLP:AMBER+STRICT': 'FFC000',
  'TLP:GREEN': '33FF00',
  'TLP:CLEAR': 'FFFFFF',
};

/** US portion abbreviations as the banner spells them out. */
const US_LEVELS: Readonly<Record<string, string>> = {
  U: 'UNCLASSIFIED',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
  CUI: 'CUI',
};
const US_CONTROLS: Readonly<Record<string, string>> = { NF: 'NOFORN', OC: 'ORCON', IMC: 'IMCON', PR: 'PROPIN' };

/**
 * The banner a marking puts at the top and bottom of every exported page, or null for an
 * unmarked document. A stand-in until the markings feature (schemes, roll-up) replaces it;
 * every writer gets its banner from here and nowhere else.
 */
export function bannerText(marking: DocumentMarking): Banner | null {
  const level = marking.level?.trim() ?? '';
  if (marking.scheme === 'none' || level === '') return null;
  if (marking.scheme === 'tlp') {
    // Labels are written in capitals without spaces and never translated; "amber" and "TLP: Amber" mean TLP:AMBER.
    const label = `TLP:${level.toUpperCase().replace(/^TLP\s*:\s*/, '').replace(/\s+/g, '')}`;
    return { text: label, kind: 'tlp', color: TLP_COLORS[label] ?? 'FFFFFF' };
  }
  const controls = marking.controls.map((control) => control.trim()).filter(Boolean);
  if (marking.scheme === 'us') {
    const banner = US_LEVELS[level.toUpperCase()] ?? level.toUpperCase();
    const spelled = controls.map((control) => US_CONTROLS[control.toUpperCase()] ?? control.toUpperCase());
    return { text: withControls(banner, spelled), kind: 'classification', color: null };
  }
  return { text: withControls(level.toUpperCase(), controls.map((control) => control.toUpperCase())), kind: 'classification', color: null };
}

/** "SECRET//NOFORN", "SECRET//ORCON/NOFORN": controls after a double slash, one slash between them. */
function withControls(level: string, controls: string[]): string {
  return controls.length === 0 ? level : `${level}//${controls.join('/')}`;
}

import type { DocumentMarking } from '../document/schema';
import { bannerOf, schemeOf } from '../markings/document-marking';
import { markOfMarking, tidy } from '../markings/portion-mark';
import type { Banner } from './types';

/**
 * The banner a marking puts at the top and bottom of every exported page, or null for an
 * unmarked document; every writer gets its banner from here and nowhere else. Written by
 * the marking's scheme (core/markings): `SECRET//NOFORN`, `OFFICIAL-SENSITIVE`,
 * `TLP:AMBER+STRICT` in its FIRST colour. Pass the rolled-up marking
 * (rolledUpMarking in core/markings/document-marking) so the banner covers every portion.
 * A marking in a scheme this version cannot use is printed as written, never dropped.
 */
export function bannerText(marking: DocumentMarking): Banner | null {
  if (marking.scheme === 'none' || (marking.level?.trim() ?? '') === '') return null;
  const { scheme } = schemeOf(marking);
  const mark = scheme ? markOfMarking(marking, scheme) : null;
  if (!scheme || !mark) {
    const controls = marking.controls.map(tidy).filter(Boolean);
    return { text: [tidy(marking.level ?? ''), ...controls].join('//'), kind: 'classification', color: null };
  }
  const banner = bannerOf(mark, scheme);
  return { text: banner.text, kind: banner.style, color: banner.color };
}

import bidiFactory from 'bidi-js';
import type { Direction } from './types';

const bidi = bidiFactory();

/** Every right-to-left letter is at U+0590 or above; text without such characters is left-to-right, no lookup needed. */
const MAY_HOLD_RIGHT_TO_LEFT = /[\u0590-\u{10ffff}]/u;

/** The bidi class of one character: strong left-to-right, strong right-to-left, or neither. */
function strongDirection(character: string): Direction | null {
  const type = bidi.getBidiCharTypeName(character);
  if (type === 'L') return 'ltr';
  if (type === 'R' || type === 'AL') return 'rtl';
  return null;
}

/**
 * A paragraph's direction as the Unicode bidi algorithm picks it (rule P2): that of the
 * first strong character; left-to-right when there is none (digits, punctuation, empty).
 */
export function detectDirection(text: string): Direction {
  if (!MAY_HOLD_RIGHT_TO_LEFT.test(text)) return 'ltr';
  for (const character of text) {
    const direction = strongDirection(character);
    if (direction) return direction;
  }
  return 'ltr';
}

/** Whether some text holds right-to-left letters (Arabic, Hebrew…), so a writer marks its run as right-to-left. */
export function hasRightToLeftText(text: string): boolean {
  if (!MAY_HOLD_RIGHT_TO_LEFT.test(text)) return false;
  for (const character of text) if (strongDirection(character) === 'rtl') return true;
  return false;
}

import type { BriefDocument } from '../document/schema';
import { bannerText } from './banner';
import { documentTitle } from './title-block';
import { rolledUpMarking } from '../markings/document-marking';

export type ExportFormat = 'docx' | 'pdf';

/** Leaves room under the 255-byte file-name limit for the date, the marking and multi-byte letters. */
const MAX_TITLE_CHARACTERS = 100;

/**
 * The name an export gets by default: date, title and marking, e.g.
 * "2022-01-30 Readout al-Araji – Anker [SECRET].docx". Safe on Windows, macOS and Linux:
 * no path separators, no characters Windows refuses, no trailing dots or spaces.
 */
export function defaultExportFileName(document: BriefDocument, format: ExportFormat, options: { distribution: boolean }): string {
  const title = shorten(fileSafe(documentTitle(document), ' '), MAX_TITLE_CHARACTERS);
  const banner = bannerText(rolledUpMarking(document));
  const marking = banner ? `[${fileSafe(banner.text, '-').replace(/-{2,}/g, '-')}]` : '';
  const copy = options.distribution ? '(distribution copy)' : '';
  const name = [productDate(document), title, marking, copy].filter(Boolean).join(' ');
  return `${name}.${format}`;
}

/** The date the product is about (the template's date field), else the day it was created. */
function productDate(document: BriefDocument): string {
  const field = document.metadata.fields.date;
  const match = typeof field === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(field.trim()) : null;
  return match ? match[0] : document.metadata.created.slice(0, 10);
}

const UNSAFE_IN_FILE_NAMES = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*', '\u007f']);

/** Each run of characters a file system refuses (control characters included) becomes one `replacement`. */
function fileSafe(text: string, replacement: string): string {
  let safe = '';
  let replacing = false;
  for (const character of text) {
    const unsafe = character < ' ' || UNSAFE_IN_FILE_NAMES.has(character);
    if (unsafe && !replacing) safe += replacement;
    if (!unsafe) safe += character;
    replacing = unsafe;
  }
  return safe.replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
}

/** Cut at a word boundary when the text is too long. */
function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return (space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;–-]+$/, '');
}

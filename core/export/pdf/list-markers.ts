import type { PdfContent, PdfVector } from 'pdfmake';
import type { ListStyle } from '../types';
import { FAMILY_NAMES } from './fonts';
import { COLOR } from './styles';

/**
 * Where a marker sits on the first line of a list item, as shares of the font size: Noto
 * Sans puts the baseline 1.069 em below the line's top and its x-height is 0.536 em, so a
 * bullet centred on the x-height is 0.8 em down.
 */
const BASELINE = 1.069;
const BULLET_CENTRE = 0.8;

/** The bullet, number or box in front of a list item: as the DOCX, bullets change shape and numbers format with depth. */
export function listMarker(style: ListStyle, depth: number, number: number, checked: boolean | null, size: number): PdfContent {
  if (style === 'number') return { text: `${formatNumber(number, depth)}.`, font: FAMILY_NAMES.sans, fontSize: size, noWrap: true };
  if (style === 'check') return { canvas: checkBox(checked === true, size) };
  return { canvas: [bullet(depth, size)] };
}

/** Decimal, then letters, then roman numerals, as Word's default multilevel list. */
function formatNumber(number: number, depth: number): string {
  switch (depth % 3) {
    case 1:
      return letters(number);
    case 2:
      return roman(number);
    default:
      return String(number);
  }
}

function letters(number: number): string {
  let value = Math.max(1, number);
  let text = '';
  while (value > 0) {
    const digit = (value - 1) % 26;
    text = String.fromCharCode(97 + digit) + text;
    value = Math.floor((value - 1) / 26);
  }
  return text;
}

function roman(number: number): string {
  const numerals: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let value = Math.max(1, number);
  let text = '';
  for (const [amount, numeral] of numerals) {
    while (value >= amount) {
      text += numeral;
      value -= amount;
    }
  }
  return text;
}

/** A filled disc, a ring, then a square: drawn, since Noto Sans has no ◦ or ▪. */
function bullet(depth: number, size: number): PdfVector {
  const centre = size * BULLET_CENTRE;
  const radius = size * 0.17;
  const x = size * 0.35;
  switch (depth % 3) {
    case 1:
      return { type: 'ellipse', x, y: centre, r1: radius, r2: radius, lineWidth: 0.6, lineColor: COLOR.text };
    case 2:
      return { type: 'rect', x: x - radius, y: centre - radius, w: 2 * radius, h: 2 * radius, color: COLOR.text };
    default:
      return { type: 'ellipse', x, y: centre, r1: radius, r2: radius, color: COLOR.text };
  }
}

/** An empty box, or a box with a cross: Noto Sans has no ☐ or ☒. */
function checkBox(checked: boolean, size: number): PdfVector[] {
  const side = size * 0.68;
  const bottom = size * BASELINE;
  const top = bottom - side;
  const box: PdfVector = { type: 'rect', x: 0, y: top, w: side, h: side, lineWidth: 0.7, lineColor: COLOR.text };
  if (!checked) return [box];
  const inset = side * 0.22;
  return [
    box,
    { type: 'line', x1: inset, y1: top + inset, x2: side - inset, y2: bottom - inset, lineWidth: 0.9, lineColor: COLOR.text },
    { type: 'line', x1: inset, y1: bottom - inset, x2: side - inset, y2: top + inset, lineWidth: 0.9, lineColor: COLOR.text },
  ];
}

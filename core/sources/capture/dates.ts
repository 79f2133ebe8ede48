import type { PartialDate } from '../schema';

/**
 * How a piece of text reads as a publication date. A date that could be read two ways, or
 * that does not exist, is reported as such and never turned into a guess.
 */
export type DateReading =
  | { kind: 'date'; date: PartialDate; written: string; shape: string }
  | { kind: 'ambiguous'; written: string; readings: [PartialDate, PartialDate] }
  | { kind: 'invalid'; written: string };

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const ORDINAL = '(?:st|nd|rd|th)?';

/** One written shape of a date; `read` turns a match into a reading. */
interface DateShape {
  pattern: RegExp;
  read(match: RegExpExecArray): DateReading;
}

const SHAPES: readonly DateShape[] = [
  {
    // 2022-01-30, and ISO datetimes: the date is taken as written, in the publisher's own time zone.
    pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/,
    read: (match) => exact(match[0], Number(match[1]), Number(match[2]), Number(match[3]), 'ISO'),
  },
  {
    // 2022/01/30: year first is never read month-last.
    pattern: /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/,
    read: (match) => exact(match[0], Number(match[1]), Number(match[2]), Number(match[3]), 'year first'),
  },
  {
    // 30-01-2022, 30/01/2022, 30.01.2022, or 01/30/2022: which number is the day shows only when one is over 12.
    pattern: /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d./-]?\d)/,
    read: (match) => dayOrMonthFirst(match[0], Number(match[1]), Number(match[3]), Number(match[4])),
  },
  {
    // 30 January 2022, 30 Jan. 2022, 30th of January, 2022
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`, 'i'),
    read: (match) => exact(match[0], Number(match[3]), monthNumber(match[2]), Number(match[1]), 'day month year'),
  },
  {
    // January 30, 2022, Jan. 30 2022, January 30th, 2022
    pattern: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'i'),
    read: (match) => exact(match[0], Number(match[3]), monthNumber(match[1]), Number(match[2]), 'month day year'),
  },
  {
    // January 2022: as precise as the source is, no more.
    pattern: new RegExp(`\\b${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`, 'i'),
    read: (match) => exact(match[0], Number(match[2]), monthNumber(match[1]), 0, 'month year'),
  },
];

/** Arabic-Indic and Persian digits as ASCII digits, one code unit for one, so offsets stay put. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isoDate(year: number, month: number, day: number): PartialDate {
  const yearMonth = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  return day === 0 ? yearMonth : `${yearMonth}-${String(day).padStart(2, '0')}`;
}

/** A date from its parts, or `invalid` when there is no such day (31 April, 30 February). */
function exact(written: string, year: number, month: number, day: number, shape: string): DateReading {
  if (year < 1000 || month < 1 || month > 12 || day < 0 || day > daysIn(year, month)) return { kind: 'invalid', written };
  return { kind: 'date', date: isoDate(year, month, day), written, shape };
}

function dayOrMonthFirst(written: string, first: number, second: number, year: number): DateReading {
  if (first === second || (first > 12 && second <= 12)) return exact(written, year, second, first, 'day first');
  if (second > 12 && first <= 12) return exact(written, year, first, second, 'month first');
  const dayFirst = exact(written, year, second, first, 'day first');
  const monthFirst = exact(written, year, first, second, 'month first');
  if (dayFirst.kind !== 'date' || monthFirst.kind !== 'date') return { kind: 'invalid', written };
  return { kind: 'ambiguous', written, readings: [dayFirst.date, monthFirst.date] };
}

/** A date match: where it is in the text and how it reads. */
export interface FoundDate {
  index: number;
  length: number;
  reading: DateReading;
}

/** Every date written in `text`, left to right; where two shapes overlap the earlier, longer one wins. */
export function findDates(text: string): FoundDate[] {
  const digits = westernDigits(text);
  const found: FoundDate[] = [];
  for (const shape of SHAPES) {
    const pattern = new RegExp(shape.pattern.source, `${shape.pattern.flags}g`);
    for (const match of digits.matchAll(pattern)) {
      const reading = shape.read(match as RegExpExecArray);
      // The reading names the text as written (Arabic-Indic digits and all), not the ASCII copy.
      found.push({ index: match.index, length: match[0].length, reading: { ...reading, written: text.slice(match.index, match.index + match[0].length) } });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (!last || date.index >= last.index + last.length) kept.push(date);
  }
  return kept;
}

/**
 * Words that go with a date on a date line and say nothing else: "Published", "Updated",
 * weekdays, times and time zones, separators.
 */
const DATE_LINE_FILLER =
  /\b(?:published|posted|updated|last updated|first published|modified|date|on|at|and|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|GMT|UTC|BST|CET|CEST|EET|EEST|AST|EST|EDT|PST|PDT|am|pm|a\.m\.|p\.m\.)(?![\p{L}])|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|[+-]\d{1,2}(?::?\d{2})?|[|,:;·•()[\]/\-–—.]/giu;

/**
 * The dates on `line` when the line is nothing but a date line ("30-01-2022",
 * "Published: Sunday, 30 January 2022 10:45 GMT"); an empty list for any other line.
 */
export function dateLineDates(line: string): FoundDate[] {
  if (line.length > 120) return [];
  const dates = findDates(line);
  if (dates.length === 0) return [];
  let rest = '';
  let from = 0;
  for (const date of dates) {
    rest += ` ${line.slice(from, date.index)}`;
    from = date.index + date.length;
  }
  rest += ` ${westernDigits(line.slice(from))}`;
  return rest.replace(DATE_LINE_FILLER, ' ').trim() === '' ? dates : [];
}

/** A date from page metadata: ISO 8601 only (2022-01-30, 2022-01-30T10:00:00+03:00), as the standards write it. */
export function readMetadataDate(value: string): DateReading | undefined {
  const trimmed = value.trim();
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$/.exec(trimmed);
  if (!match) return undefined;
  return exact(trimmed, Number(match[1]), Number(match[2]), match[3] === undefined ? 0 : Number(match[3]), 'ISO');
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 February 2022" (or "February 2022", "2022"), for a message. */
export function spokenDate(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  return [day === undefined ? '' : String(Number(day)), month === undefined ? '' : (MONTH_NAMES[Number(month) - 1] ?? ''), year ?? '']
    .filter(Boolean)
    .join(' ');
}

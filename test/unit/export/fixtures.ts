import { zlibSync } from 'fflate';
import { createDocument } from '../../../core/document/create';
import type { BriefDocument, SerializedBodyNode } from '../../../core/document/schema';
import type { SourceInput } from '../../../core/sources/schema';
import { SourceSchema } from '../../../core/sources/schema';
import { findTemplate } from '../../../core/templates/builtin';
import { createDocumentFromTemplate, sectionHeading } from '../../../core/templates/create-from-template';
import { bytesToBase64 } from '../../../core/text/base64';

/** Builders for the Lexical JSON the editor saves, so fixtures read like the document they make. */

export function text(value: string, format = 0): SerializedBodyNode {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

export function paragraph(children: SerializedBodyNode[], extra: Record<string, unknown> = {}): SerializedBodyNode {
  return { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children, ...extra };
}

export function heading(tag: 'h1' | 'h2' | 'h3', value: string): SerializedBodyNode {
  return { type: 'heading', version: 1, direction: 'ltr', format: '', indent: 0, tag, children: [text(value)] };
}

export function section(id: string): SerializedBodyNode {
  const readout = findTemplate('meeting-readout');
  const found = readout?.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the meeting readout has no section ${id}`);
  return sectionHeading(found);
}

export function cite(sourceId: string, pinpoint = ''): SerializedBodyNode {
  return { type: 'citation', version: 1, sourceId, selector: null, pinpoint };
}

export function link(url: string, value: string): SerializedBodyNode {
  return { type: 'link', version: 1, direction: 'ltr', format: '', indent: 0, url, rel: 'noreferrer', target: null, title: null, children: [text(value)] };
}

export function list(listType: 'bullet' | 'number' | 'check', items: SerializedBodyNode[], start = 1): SerializedBodyNode {
  return { type: 'list', version: 1, direction: 'ltr', format: '', indent: 0, listType, start, tag: listType === 'number' ? 'ol' : 'ul', children: items };
}

export function item(children: SerializedBodyNode[], extra: Record<string, unknown> = {}): SerializedBodyNode {
  return { type: 'listitem', version: 1, direction: 'ltr', format: '', indent: 0, value: 1, children, ...extra };
}

export function table(rows: string[][], options: { headerRows?: number; colWidths?: number[] } = {}): SerializedBodyNode {
  const headerRows = options.headerRows ?? 1;
  return {
    type: 'table',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    ...(options.colWidths ? { colWidths: options.colWidths } : {}),
    children: rows.map((cells, rowIndex) => ({
      type: 'tablerow',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: cells.map((cell) => ({
        type: 'tablecell',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        headerState: rowIndex < headerRows ? 1 : 0,
        colSpan: 1,
        rowSpan: 1,
        backgroundColor: null,
        children: [paragraph(cell === '' ? [] : [text(cell)])],
      })),
    })),
  };
}

/** Two header rows: "Facility" spans down both, "Capacity and count" across two columns; the last row is short. */
export function spanningTable(): SerializedBodyNode {
  const grid = table([['Facility', 'Capacity and count'], ['Capacity', 'Count'], ['North', '400']], { headerRows: 2 });
  const [header] = grid.children ?? [];
  Object.assign(header?.children?.[0] ?? {}, { rowSpan: 2 });
  Object.assign(header?.children?.[1] ?? {}, { colSpan: 2 });
  return grid;
}

export function image(mediaId: string, altText: string, width?: number): SerializedBodyNode {
  return { type: 'image', version: 1, mediaId, altText, ...(width ? { width } : {}) };
}

export const quote = (children: SerializedBodyNode[]): SerializedBodyNode => ({ type: 'quote', version: 1, direction: 'ltr', format: '', indent: 0, children });
export const rule = (): SerializedBodyNode => ({ type: 'horizontalrule', version: 1 });
export const lineBreak = (): SerializedBodyNode => ({ type: 'linebreak', version: 1 });
export const tab = (): SerializedBodyNode => ({ type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' });

export function bodyOf(document: BriefDocument, children: SerializedBodyNode[]): BriefDocument {
  document.body = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } };
  return document;
}

// ── A real PNG, drawn in code ─────────────────────────────────────────────────────

const CRC_TABLE = Array.from({ length: 256 }, (_, value) => {
  let crc = value;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGB PNG whose pixels `paint` gives. */
export function makePng(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y += 1) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x += 1) raw.set(paint(x, y), row + 1 + x * 3);
  }
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

/** A small bar chart: what an analyst pastes into a readout. */
export function barChartPng(): Uint8Array {
  const bars = [0.35, 0.6, 0.9, 0.5];
  return makePng(320, 160, (x, y) => {
    const bar = Math.floor((x - 20) / 75);
    const inBar = x >= 20 && (x - 20) % 75 < 55 && bar < bars.length;
    const height = 140 * (bars[bar] ?? 0);
    if (y === 150) return [90, 90, 90];
    if (inBar && y < 150 && y > 150 - height) return bar === 2 ? [31, 56, 100] : [120, 144, 180];
    return [255, 255, 255];
  });
}

// ── Sources ───────────────────────────────────────────────────────────────────────

export function source(input: SourceInput): ReturnType<typeof SourceSchema.parse> {
  return SourceSchema.parse(input);
}

export const NEWS = source({
  id: 'src-news',
  cslType: 'article-newspaper',
  title: 'Minister presses partners on detainee returns',
  authors: [{ family: 'Okonkwo', given: 'Adaeze' }],
  containerTitle: 'Northern Dispatch',
  issued: '2025-03-12',
  url: 'https://dispatch.example.org/2025/03/12/detainees',
  accessed: '2025-03-13',
  kind: 'news-report',
  reliability: 'B',
  credibility: '2',
  descriptor: 'Regional daily with a bureau in the capital',
});

export const STATEMENT = source({
  id: 'src-statement',
  cslType: 'webpage',
  title: 'Joint statement on the advisory mission',
  authors: [{ literal: 'Ministry of Interior' }],
  containerTitle: 'Ministry of Interior',
  issued: '2025-03-12',
  url: 'https://interior.example.gov/statements/2025-03-12',
  kind: 'official-statement',
  reliability: 'A',
  credibility: '3',
});

export const MONITOR = source({
  id: 'src-monitor',
  cslType: 'report',
  title: 'Detention facilities in the north: quarterly review',
  authors: [{ literal: 'Regional Monitoring Group' }],
  publisher: 'Regional Monitoring Group',
  issued: '2025-01',
  kind: 'report',
  reliability: 'C',
  credibility: '3',
});

const ARABIC_SENTENCE = 'قال الوزير إن 1200 محتجز ما زالوا في المخيمات.';
export { ARABIC_SENTENCE };

/**
 * An Arabic field report, written for these tests: letters Noto Naskh draws from shared
 * dotless shapes (ب ت ث ن ي, ج ح خ, ف ق), the hamza forms (أ إ ؤ ئ), lam-alef, brackets and
 * guillemets, a Latin name, numbers and a time inside the text.
 */
export const ARABIC_REPORT = {
  heading: 'خلاصة التقرير الميداني',
  sentences: [
    'أكد المسؤول أن لجنة التفتيش (الأممية) ستزور 3 مواقع خلال أسبوع.',
    'نشرت وكالة Reuters تقريرا عن 45 شاحنة دخلت المعبر يوم الأحد.',
    'لم يبلغ أحد عن إصابات، لكن السؤال يبقى: لماذا تأخرت القافلة؟',
    'ذكر شهود أن «الطائرات» حلقت فوق الحي 7 مرات قبل الساعة 4:30 فجرا.',
    'تضمنت القائمة ثلاثة أسماء جديدة وخريطة لمخيم ثانوي قرب الطريق الشمالي.',
  ],
  /** Every letter with its vowel marks. (pdftotext breaks longer vocalized text into pieces on several lines, spans or not.) */
  vocalized: 'مُحْتَجَزٌ فِي سِجْنٍ',
} as const;

/** A register whose one row is taller than a page, after a cited paragraph: the PDF cannot keep its notes at the foot of the page. */
export function tallRowDocument(): BriefDocument {
  const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'Tall row' });
  document.sources = [source({ id: 'src-1', cslType: 'report', title: 'Register of transfers', authors: [{ literal: 'Ministry of Interior' }], kind: 'report' })];
  const grid = table([['Register'], ['']]);
  const tallCell = grid.children?.[1]?.children?.[0];
  if (tallCell) tallCell.children = [paragraph(Array.from({ length: 90 }, (_, index) => [text(`Transfer ${index + 1}`), lineBreak()]).flat())];
  return bodyOf(document, [paragraph([text('The register follows.'), cite('src-1')]), grid]);
}

/**
 * A meeting readout with every structure export handles: the template's sections, all
 * inline formats, citations (first, Ibid., short), nested lists, a check list, a table
 * with a ragged row, a quote, a rule, an image, an Arabic paragraph and an analyst comment.
 */
export function exportReadout(): BriefDocument {
  const readout = findTemplate('meeting-readout');
  if (!readout) throw new Error('no meeting readout template');
  const document = createDocumentFromTemplate(
    readout,
    {
      subject: 'Readout: Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025',
      date: '2025-03-12',
      time: '10:00–11:15 (UTC+3)',
      place: 'Ministry of Interior, conference room B',
      participants: [
        { name: 'Karim Saleh', title: 'Minister of Interior', organisation: 'Ministry of Interior', side: 'Host' },
        { name: 'Ilona Varga', title: 'Head of Mission', organisation: 'Advisory Mission', side: 'Visitor' },
      ],
      notetaker: 'J. Moreau',
      distribution: 'Mission leadership\nPolitical section',
    },
    { now: new Date('2025-03-12T15:00:00Z'), author: 'Jo Moreau' },
  );
  document.marking = { scheme: 'tlp', level: 'TLP:AMBER', controls: [] };
  document.sources = [NEWS, STATEMENT, MONITOR];
  document.media = { 'chart-1': { mimeType: 'image/png', data: bytesToBase64(barChartPng()) } };
  return bodyOf(document, [
    section('purpose'),
    paragraph([text('The minister asked for the meeting to discuss the return of foreign detainees held in northern facilities.')]),
    section('summary'),
    paragraph([text('Saleh '), text('urged', 1), text(' partner states to take back their nationals'), cite('src-news', 'para. 2'), text(' and said the ministry would '), text('publish', 2), text(' a timetable.'), cite('src-news', 'para. 5')]),
    section('key-points'),
    list('number', [
      item([text('Returns: states that cannot take nationals back should help move them elsewhere.'), cite('src-statement')]),
      item([text('Facilities:')]),
      item([list('bullet', [item([text('Inspections of all prisons began in February.')]), item([text('Two facilities are over capacity.'), cite('src-monitor', 'p. 4')])])]),
      item([text('Funding for the inspection teams.')]),
    ]),
    quote([text('“Among them are leaders who must not walk free,” the minister said.'), cite('src-news')]),
    heading('h3', 'Detention facilities'),
    paragraph([
      text('Figures are '),
      text('provisional', 8),
      text(' and '),
      text('superseded', 4),
      text(' by the '),
      text('Q1-review', 16),
      text(' file; CO'),
      text('2', 32),
      text(' and 10'),
      text('3', 64),
      text('.'),
      lineBreak(),
      text('See the'),
      tab(),
      link('https://monitor.example.org/q1', 'monitoring group’s page'),
      text('.'),
    ]),
    paragraph([text(ARABIC_SENTENCE), cite('src-news', 'para. 7')], { direction: null }),
    paragraph([image('chart-1', 'Detainees by facility, January 2025', 320)]),
    section('commitments'),
    list('check', [item([text('Share the inspection schedule')], { checked: true }), item([text('Name a liaison officer')], { checked: false })]),
    rule(),
    section('follow-ups'),
    table(
      [
        ['Action', 'Owner', 'Due'],
        ['Send list of nationals', 'Political section', '2025-03-20'],
        ['Arrange site visit', 'Mission'],
      ],
      { colWidths: [300, 200, 120] },
    ),
    section('analyst-comment'),
    paragraph([text('We judge the timetable is likely to slip; the ministry has missed two earlier deadlines.'), cite('src-monitor')]),
  ]);
}

import type { SerializedBodyNode } from '../document/schema';
import { heading, link, list, listItem, paragraph, quote, textNode } from '../import/nodes';
import { SOURCE_KINDS } from '../sources/schema';
import { sectionHeading } from '../templates/create-from-template';
import type { Template, TemplateSection } from '../templates/schema';
import { countWords } from '../text/word-count';
import {
  INDICATOR_DETAILS,
  SCOPE_SENTENCES,
  SOURCE_SUMMARY_SENTENCES,
  assumptions,
  capabilities,
  confidenceSentence,
  contextSentence,
  indicators,
  intelligenceGaps,
  judgmentSentence,
  subheading,
} from './analysis';
import { arabicBriefSentence, arabicClosing, arabicOpening } from './arabic';
import { PassageCiter, wholeSourceCitation } from './citing';
import { briefSentence } from './english';
import type { SeededRandom } from './random';
import { bold, inlineNodes, italic, plain, runs, type Inline, type Run } from './runs';
import type { SampleSource } from './sources';
import { TABLE_KINDS, sampleTable, type TableKind } from './tables';

/** Each section's share of the words, by section id; reporting and judgment sections carry most. */
const SECTION_WEIGHTS: Readonly<Record<string, number>> = {
  'key-judgments': 0.06,
  'scope-note': 0.02,
  background: 0.25,
  'intent-and-capability': 0.16,
  'targets-and-vulnerabilities': 0.12,
  'key-assumptions': 0.07,
  'scenarios-and-outlook': 0.12,
  indicators: 0.09,
  'intelligence-gaps': 0.07,
  'source-summary': 0.04,
};

/** Sections long enough to be divided by headings, and those a table fits in. */
const DIVIDED_SECTIONS = new Set(['background', 'intent-and-capability', 'targets-and-vulnerabilities', 'scenarios-and-outlook', 'indicators', 'intelligence-gaps']);
const TABLE_SECTIONS = new Set(['background', 'intent-and-capability', 'targets-and-vulnerabilities', 'scenarios-and-outlook']);
const ARABIC_SECTIONS = new Set(['background', 'intent-and-capability']);

const WORDS_BETWEEN_HEADINGS = 600;
const FIRST_TABLE_AT = 750;
const WORDS_BETWEEN_TABLES = 1_500;
const WORDS_BETWEEN_ARABIC = [1_200, 2_400] as const;
// Below this many words left, a section does not open a new heading or table.
const ROOM_FOR_HEADING = 250;
const ROOM_FOR_TABLE = 120;
/**
 * Writes the body of the sample: the template's sections in order, each filled to its
 * share of the words with the blocks an analyst would write there. Words are counted
 * as they are written, and each section's budget is worked out from what is left, so
 * the total lands close to the target whatever each block happened to cost.
 */
export class SampleBodyWriter {
  private readonly blocks: SerializedBodyNode[] = [];
  private words = 0;
  private nextTableAt = FIRST_TABLE_AT;
  private nextArabicAt: number;
  private arabicParagraphs = 0;
  private tables = 0;
  private judgments = 0;
  private readonly citer: PassageCiter;

  constructor(
    private readonly random: SeededRandom,
    private readonly sources: readonly SampleSource[],
  ) {
    this.citer = new PassageCiter(random.fork('citations'), sources);
    this.nextArabicAt = random.integer(...WORDS_BETWEEN_ARABIC);
  }

  write(template: Template, targetWords: number): SerializedBodyNode[] {
    const sections = template.sections;
    // Headings and the list of sources are written whatever the length; the sections share the words they leave.
    const sourceList = this.sourceListByKind();
    const sourceListWords = wordsIn(sourceList);
    let sourceListToCome = sections.some((section) => section.id === 'source-summary') ? sourceListWords : 0;
    sections.forEach((section, index) => {
      this.add(sectionHeading(section));
      const later = sections.slice(index + 1);
      const weights = [section, ...later].map((next) => SECTION_WEIGHTS[next.id] ?? 0.05);
      const share = (weights[0] as number) / weights.reduce((sum, weight) => sum + weight, 0);
      const headingsToCome = later.reduce((sum, next) => sum + countWords(next.heading), 0);
      const budget = Math.max(0, Math.round((targetWords - this.words - headingsToCome - sourceListToCome) * share));
      if (section.id === 'source-summary') {
        this.writeSourceSummary(sourceList, budget + sourceListWords);
        sourceListToCome = 0;
      } else {
        this.writeSection(section, budget);
      }
    });
    return this.blocks;
  }

  /** What the sources are and how far they can be trusted; every source is cited here as a whole, so none is left unused. */
  private writeSourceSummary(sourceList: SerializedBodyNode, budget: number): void {
    const start = this.words;
    this.add(paragraph(inlineNodes(runs(SOURCE_SUMMARY_SENTENCES[0] as string))));
    this.add(sourceList);
    this.add(this.methodologyParagraph());
    const more = this.sentencesInTurn(SOURCE_SUMMARY_SENTENCES.slice(1), budget - (this.words - start));
    if (more.length > 0) this.add(paragraph(inlineNodes(more)));
    while (this.words - start < budget) this.add(this.reportingParagraph(budget - (this.words - start)));
  }

  private writeSection(section: TemplateSection, budget: number): void {
    const start = this.words;
    const left = (): number => budget - (this.words - start);
    let sinceHeading = 0;
    let blockCount = 0;
    this.openSection(section.id, left());
    while (left() > 0) {
      const before = this.words;
      if (DIVIDED_SECTIONS.has(section.id) && sinceHeading >= WORDS_BETWEEN_HEADINGS && left() > ROOM_FOR_HEADING) {
        this.add(heading(3, [textNode(subheading(section.id, this.random))]));
        sinceHeading = 0;
      } else if (TABLE_SECTIONS.has(section.id) && this.words >= this.nextTableAt && left() > ROOM_FOR_TABLE) {
        this.writeTable();
      } else if (ARABIC_SECTIONS.has(section.id) && (this.words >= this.nextArabicAt || (this.arabicParagraphs === 0 && blockCount > 0))) {
        this.writeArabicParagraph();
      } else {
        this.writeSectionBlock(section.id, blockCount, left());
      }
      sinceHeading += this.words - before;
      blockCount += 1;
    }
  }

  /** What every section of its kind opens with, whatever its length. */
  private openSection(sectionId: string, room: number): void {
    if (sectionId === 'scope-note') this.add(paragraph(inlineNodes(this.sentencesInTurn(SCOPE_SENTENCES, Math.max(room, 1)))));
  }

  private writeSectionBlock(sectionId: string, index: number, room: number): void {
    switch (sectionId) {
      case 'key-judgments':
        return this.add(this.keyJudgment(room));
      case 'scope-note':
        return this.add(this.reportingParagraph(room));
      case 'indicators':
        return this.add(index % 2 === 0 ? this.bulletList(indicators(this.random), room, true) : this.reportingParagraph(room));
      case 'intelligence-gaps':
        return this.add(index % 2 === 0 ? this.numberedList(intelligenceGaps(this.random), room) : this.judgmentParagraph(room));
      case 'key-assumptions':
        return this.add(index % 2 === 0 ? this.numberedList(assumptions(this.random), room) : this.judgmentParagraph(room));
      case 'intent-and-capability':
        if (index % 5 === 2) return this.add(this.bulletList(capabilities(this.random), room, false));
        return this.add(this.random.chance(0.5) ? this.reportingParagraph(room) : this.judgmentParagraph(room));
      case 'background':
        if (this.random.chance(0.08)) return this.add(this.blockQuote());
        return this.add(this.reportingParagraph(room));
      default:
        return this.add(this.random.chance(0.6) ? this.judgmentParagraph(room) : this.reportingParagraph(room));
    }
  }

  // ── Blocks ─────────────────────────────────────────────────────────────────────────

  /** Reported facts, each with its citation, between the analyst's own sentences. */
  private reportingParagraph(room: number): SerializedBodyNode {
    const parts: Inline[] = [];
    if (room > 60 && this.random.chance(0.5)) parts.push(...runs(contextSentence(this.random), ' '));
    const facts = room > 80 && this.random.chance(0.5) ? 2 : 1;
    for (let count = 0; count < facts; count += 1) parts.push(...this.citedSentence(), plain(' '));
    if (room > 100 && this.random.chance(0.6)) parts.push(...runs(contextSentence(this.random)));
    return paragraph(inlineNodes(parts));
  }

  /** A judgment and, in its own sentence, the confidence in it; often the fact it rests on. */
  private judgmentParagraph(room: number): SerializedBodyNode {
    const parts: Inline[] = [...runs(judgmentSentence(this.random), ' ', confidenceSentence(this.random), ' ')];
    if (room > 50 && this.random.chance(0.6)) parts.push(...this.citedSentence(), plain(' '));
    if (room > 90 && this.random.chance(0.5)) parts.push(...runs(contextSentence(this.random)));
    return paragraph(inlineNodes(parts));
  }

  private keyJudgment(room: number): SerializedBodyNode {
    this.judgments += 1;
    const parts: Inline[] = [bold(`${this.judgments}. ${judgmentSentence(this.random)}`), plain(` ${confidenceSentence(this.random)} `)];
    if (room > 40) parts.push(...this.citedSentence());
    return paragraph(inlineNodes(parts));
  }

  /** An official's words as the source prints them, set as a block quotation. */
  private blockQuote(): SerializedBodyNode {
    const statement = this.citer.nextEnglish((entry) => entry.passage.fact.kind === 'statement');
    const text = (statement.source.source.snapshot?.text ?? '').slice(statement.passage.start, statement.passage.end);
    return quote(inlineNodes([plain(text), this.citer.citation(statement)]));
  }

  /** Arabic reporting in the analyst's words, each fact citing the Arabic source's passage. */
  private writeArabicParagraph(): void {
    const parts: Inline[] = [plain(arabicOpening(this.random))];
    for (let count = this.random.integer(1, 2); count > 0; count -= 1) {
      const cited = this.citer.nextArabic();
      const sentence = arabicBriefSentence(cited.passage.fact, cited.source.arabicName);
      if (sentence !== null) parts.push(plain(` ${sentence}`), this.citer.citation(cited));
    }
    if (this.random.chance(0.5)) parts.push(plain(` ${arabicClosing(this.random)}`));
    this.add({ ...paragraph(inlineNodes(parts)), direction: 'rtl' });
    this.arabicParagraphs += 1;
    this.nextArabicAt = this.words + this.random.integer(...WORDS_BETWEEN_ARABIC);
  }

  /** A bulleted list of different points; indicators may carry nested detail and a recent example with its citation. */
  private bulletList(pool: readonly string[], room: number, withDetails: boolean): SerializedBodyNode {
    const points = this.random.sample(pool, Math.max(2, Math.min(6, Math.round(room / 15))));
    const items = points.flatMap((point): SerializedBodyNode[] => {
      const parts: Inline[] = [plain(point)];
      if (withDetails && this.random.chance(0.25)) parts.push(plain('. Latest report: '), ...this.citedSentence());
      const entry = [listItem(0, inlineNodes(parts))];
      if (withDetails && this.random.chance(0.4)) {
        const details = this.random.sample(INDICATOR_DETAILS, this.random.integer(1, 2)).map((detail, index) => listItem(index + 1, [textNode(detail)]));
        entry.push(listItem(0, [list(false, 1, details, 1)]));
      }
      return entry;
    });
    // Numbered as Lexical numbers them: an item holding a nested list takes the next number without using it up.
    let value = 1;
    const numbered = items.map((item) => {
      const current = value;
      if (item.children?.[0]?.type !== 'list') value += 1;
      return { ...item, value: current };
    });
    return list(false, 1, numbered);
  }

  private numberedList(pool: readonly string[], room: number): SerializedBodyNode {
    const points = this.random.sample(pool, Math.max(2, Math.min(5, Math.round(room / 20))));
    return list(true, 1, points.map((point, index) => listItem(index + 1, [textNode(point)])));
  }

  private writeTable(): void {
    this.tables += 1;
    const kind = TABLE_KINDS[(this.tables - 1) % TABLE_KINDS.length] as TableKind;
    for (const block of sampleTable(kind, this.tables, this.random, this.citer)) this.add(block);
    this.nextTableAt = this.words + WORDS_BETWEEN_TABLES;
  }

  /** Every source, grouped by kind, each cited as a whole: what the source summary rests on. */
  private sourceListByKind(): SerializedBodyNode {
    const kinds = [...new Set(this.sources.map((entry) => entry.source.kind))];
    const items = kinds.map((kind, index) => {
      const members = this.sources.filter((entry) => entry.source.kind === kind);
      const parts: Inline[] = [plain(`${SOURCE_KINDS[kind]}: `)];
      members.forEach((member, position) => {
        if (position > 0) parts.push(plain(position === members.length - 1 ? ' and ' : ', '));
        parts.push(member.mention.italic ? italic(member.mention.text) : plain(member.mention.text), wholeSourceCitation(member));
      });
      return listItem(index + 1, inlineNodes(parts));
    });
    return list(false, 1, items);
  }

  private methodologyParagraph(): SerializedBodyNode {
    const observatory = this.sources.find((entry) => entry.source.id === 'observatory-casualties');
    const url = observatory?.source.url ?? 'https://civilmonitoring.example/';
    return paragraph([
      textNode('The monitoring group describes how it counts deaths on '),
      link(url, 'Observatory for Civil Monitoring: methodology', [textNode('its own website')]),
      textNode('; we have not been able to test that method, so its figures are treated as indicative.'),
    ]);
  }

  // ── Inline pieces ──────────────────────────────────────────────────────────────────

  /** A sentence restating a reported fact, followed by the citation of the passage it rests on. */
  private citedSentence(): Inline[] {
    const cited = this.citer.nextEnglish();
    return [...briefSentence(cited.passage.fact, cited.source.mention, this.random), this.citer.citation(cited)];
  }

  /** As many of `sentences`, in order, as fill about `room` words. */
  private sentencesInTurn(sentences: readonly string[], room: number): Run[] {
    const taken: string[] = [];
    let words = 0;
    for (const sentence of sentences) {
      if (words >= room) break;
      taken.push(sentence);
      words += countWords(sentence);
    }
    return runs(taken.join(' '));
  }

  private add(block: SerializedBodyNode): void {
    this.blocks.push(block);
    this.words += wordsIn(block);
  }
}

/** The words of a block as a reader counts them: each text run's words. */
export function wordsIn(node: SerializedBodyNode): number {
  let words = typeof node.text === 'string' ? countWords(node.text) : 0;
  for (const child of node.children ?? []) words += wordsIn(child);
  return words;
}

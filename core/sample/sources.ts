import { SourceSchema, type DocumentSource, type SourceInput } from '../sources/schema';
import { sha256Hex } from '../text/sha256';
import { countWords } from '../text/word-count';
import { arabicSourceFiller, arabicSourceSentence } from './arabic';
import { sourceFiller, sourceSentence, type SourceMention } from './english';
import { ARABIC_FACT_KINDS, randomFact, type Fact, type FactKind } from './facts';
import type { SeededRandom } from './random';
import { ASSESSMENT_DATE, arabicDate, compareDates, englishDate, isoDate, reportingDay, type SampleDate } from './world';

/** A sentence of a snapshot that states a fact: what the briefing cites. */
export interface Passage {
  fact: Fact;
  /** The sentence's [start, end) in the snapshot's text. */
  start: number;
  end: number;
  /** Its paragraph, counted from 1 after the headline and date lines, for pinpoints. */
  paragraph: number;
}

/** A source of the sample with what the body needs to cite it. */
export interface SampleSource {
  source: DocumentSource;
  language: 'en' | 'ar';
  /** How English sentences of the briefing name it. */
  mention: SourceMention;
  /** How Arabic sentences name it (the Arabic source only). */
  arabicName: string;
  passages: Passage[];
}

type Layout = 'article' | 'institution' | 'notes';

/** What is fixed about a source; its text and dates come from the seed. */
interface SourceSpec {
  fields: Omit<SourceInput, 'snapshot' | 'issued' | 'accessed'>;
  mention: SourceMention;
  arabicName?: string;
  layout: Layout;
  /** The dateline that opens an article's first paragraph. */
  dateline: string;
  kinds: readonly FactKind[];
}

const open = (text: string, italic = true): SourceMention => ({ text, italic, originator: '' });

const SPECS: readonly SourceSpec[] = [
  {
    fields: { id: 'ledger-karvan-prison', cslType: 'article-newspaper', title: 'Guards killed as gunmen storm prison in Karvan', authors: [{ family: 'Marsh', given: 'Elin' }], containerTitle: 'Levant Ledger', publisher: 'Levant Ledger Media', url: 'https://levantledger.example/news/karvan-prison-attack', language: 'en', place: 'Karvan', kind: 'news-report', reliability: 'B', credibility: '2', descriptor: 'Regional English-language daily with a correspondent in Karvan; accurate on events, thin on figures.', portionMark: 'TLP:CLEAR' },
    mention: open('Levant Ledger'),
    layout: 'article',
    dateline: 'KARVAN',
    kinds: ['attack', 'arrests', 'statement', 'transfer', 'bombing'],
  },
  {
    fields: { id: 'dispatch-tel-berqa', cslType: 'article-newspaper', title: 'Hundreds moved from Tel Berqa after break-out attempt', authors: [{ family: 'Okoro', given: 'Daniel' }, { family: 'Haddad', given: 'Rania' }], containerTitle: 'Frontier Dispatch', publisher: 'Frontier Dispatch', url: 'https://frontierdispatch.example/2026/02/tel-berqa-transfers', language: 'en', place: 'Tel Berqa', kind: 'news-report', reliability: 'C', credibility: '3', descriptor: 'Online outlet relying on stringers; often first with news, sometimes wrong on detail.', portionMark: 'TLP:CLEAR' },
    mention: open('Frontier Dispatch'),
    layout: 'article',
    dateline: 'TEL BERQA',
    kinds: ['transfer', 'attack', 'statement', 'arrests'],
  },
  {
    fields: { id: 'monitor-front-networks', cslType: 'article-magazine', title: 'How the Northern Ridge Front rebuilt its networks', authors: [{ family: 'Lindqvist', given: 'Tomas' }], containerTitle: 'Regional Security Monitor', publisher: 'Regional Security Monitor', url: 'https://securitymonitor.example/analysis/front-networks', language: 'en', place: 'Sulimar', kind: 'report', reliability: 'B', credibility: '3', descriptor: 'Specialist analysis magazine; draws on interviews with local officials and traders.', portionMark: 'TLP:CLEAR' },
    mention: open('Regional Security Monitor'),
    layout: 'article',
    dateline: 'SULIMAR',
    kinds: ['financing', 'arrests', 'statement', 'bombing'],
  },
  {
    fields: { id: 'observatory-casualties', cslType: 'report', title: 'Monthly casualty report: northern provinces', authors: [{ literal: 'Observatory for Civil Monitoring' }], publisher: 'Observatory for Civil Monitoring', url: 'https://civilmonitoring.example/reports/northern-provinces', language: 'en', kind: 'report', reliability: 'C', credibility: '2', descriptor: 'Monitoring group counting deaths through a network of local contacts; figures are second-hand and hard to verify.', portionMark: 'TLP:CLEAR' },
    mention: open('the Observatory for Civil Monitoring', false),
    layout: 'institution',
    dateline: '',
    kinds: ['casualties', 'bombing', 'attack'],
  },
  {
    fields: { id: 'interior-inspections', cslType: 'document', title: 'Statement on the inspection campaign in prisons and detention centres', authors: [{ literal: 'Ministry of the Interior' }], publisher: 'Ministry of the Interior', url: 'https://interior.example/statements/inspection-campaign', language: 'en', kind: 'official-statement', reliability: 'B', credibility: '3', descriptor: 'Official statement; reliable on what the ministry has done, optimistic about its results.', portionMark: 'TLP:CLEAR' },
    mention: open('the Interior Ministry', false),
    layout: 'institution',
    dateline: '',
    kinds: ['inspection', 'transfer', 'statement', 'arrests'],
  },
  {
    fields: { id: 'mission-briefing', cslType: 'speech', title: 'Transcript: press briefing by the coalition advisory mission', authors: [{ literal: 'Coalition Advisory Mission' }], publisher: 'Coalition Advisory Mission', url: 'https://advisorymission.example/briefings/transcript', language: 'en', kind: 'transcript', reliability: 'B', credibility: '2', descriptor: 'Transcript published by the mission itself; well placed on operations, silent on its own problems.', portionMark: 'TLP:CLEAR' },
    mention: open('the coalition advisory mission', false),
    layout: 'institution',
    dateline: '',
    kinds: ['statement', 'arrests', 'attack', 'repatriation'],
  },
  {
    fields: { id: 'forum-camp-conditions', cslType: 'report', title: 'Conditions in Wadi Safi and Ain Zahra camps', authors: [{ literal: 'Humanitarian Access Forum' }], publisher: 'Humanitarian Access Forum', url: 'https://accessforum.example/camps/conditions', language: 'en', kind: 'report', reliability: 'B', credibility: '2', descriptor: 'Coordination body of aid agencies working in the camps; good access, counts residents monthly.', portionMark: 'TLP:CLEAR' },
    mention: open('the Humanitarian Access Forum', false),
    layout: 'institution',
    dateline: '',
    kinds: ['camp', 'repatriation', 'statement'],
  },
  {
    fields: { id: 'ufuq-transfers', cslType: 'article-newspaper', title: 'السلطات تنقل مئات المحتجزين وسط مخاوف من هجمات جديدة', authors: [{ literal: 'Al-Ufuq staff' }], containerTitle: 'شبكة الأفق الإخبارية', publisher: 'Al-Ufuq Media', url: 'https://alufuq.example/news/detainee-transfers', language: 'ar', place: 'Karvan', kind: 'news-report', reliability: 'C', credibility: '3', descriptor: 'Arabic-language news network with reporters in the northern provinces; close to the provincial authorities.', portionMark: 'TLP:CLEAR' },
    mention: open('Al-Ufuq'),
    arabicName: 'شبكة الأفق الإخبارية',
    layout: 'article',
    dateline: 'كارفان',
    kinds: ARABIC_FACT_KINDS,
  },
  {
    fields: { id: 'courier-monitor-figures', cslType: 'article-newspaper', title: 'Monitor says hundreds killed in northern fighting', authors: [{ family: 'Petrova', given: 'Anna' }], containerTitle: 'The Morning Courier', publisher: 'Courier Group', url: 'https://morningcourier.example/world/northern-fighting-toll', language: 'en', place: 'Karvan', originator: 'Observatory for Civil Monitoring', kind: 'news-report', reliability: 'B', credibility: '3', descriptor: 'International daily; its casualty figures come second-hand from the Observatory for Civil Monitoring.', portionMark: 'TLP:CLEAR' },
    mention: { text: 'The Morning Courier', italic: true, originator: 'Observatory for Civil Monitoring' },
    layout: 'article',
    dateline: 'KARVAN',
    kinds: ['casualties', 'bombing'],
  },
  {
    fields: { id: 'journal-recidivism', cslType: 'article-journal', title: 'Detention, amnesty and return to violence in the northern provinces', authors: [{ family: 'Castellanos', given: 'Ines' }, { family: 'Mwangi', given: 'Peter' }], containerTitle: 'Journal of Conflict and Detention Studies', publisher: 'Meridian Academic', url: 'https://jcds.example/articles/amnesty-return', language: 'en', kind: 'academic', reliability: 'B', credibility: '2', descriptor: 'Peer-reviewed study based on court records and interviews; data end before the reporting period.', portionMark: 'TLP:CLEAR' },
    mention: open('the Journal of Conflict and Detention Studies', false),
    layout: 'institution',
    dateline: '',
    kinds: ['transfer', 'repatriation', 'statement', 'inspection'],
  },
  {
    fields: { id: 'council-repatriation', cslType: 'document', title: 'Council calls for repatriation of foreign detainees', authors: [{ literal: 'Karvan Provincial Council' }], publisher: 'Karvan Provincial Council', url: 'https://karvancouncil.example/press/repatriation', language: 'en', kind: 'press-release', reliability: 'B', credibility: '3', descriptor: 'Press release of the provincial council; states the council’s position, not independent facts.', portionMark: 'TLP:CLEAR' },
    mention: open('the Karvan provincial council', false),
    layout: 'institution',
    dateline: '',
    kinds: ['repatriation', 'statement', 'camp'],
  },
  {
    fields: { id: 'committee-meeting-notes', cslType: 'personal_communication', title: 'Notes of a meeting with the provincial security committee, Karvan', authors: [{ literal: 'Regional Threats Desk' }], language: 'en', place: 'Karvan', kind: 'meeting-notes', reliability: 'B', credibility: '2', descriptor: 'Our own notes of a meeting with committee members; first-hand, but the members speak for their agencies.', portionMark: 'TLP:AMBER' },
    mention: open('our meeting with the provincial security committee', false),
    layout: 'notes',
    dateline: '',
    kinds: ['attack', 'transfer', 'financing', 'statement', 'inspection'],
  },
];

export const SAMPLE_SOURCE_COUNT = SPECS.length;

const CAPTURED_AT = `${isoDate(ASSESSMENT_DATE)}T06:45:00Z`;
const MIN_SNAPSHOT_WORDS = 2_000;
const MAX_SNAPSHOT_WORDS = 3_500;

/** The dozen sources of the sample, each with a snapshot of a few thousand words and the passages it states facts in. */
export function sampleSources(random: SeededRandom): SampleSource[] {
  return SPECS.map((spec) => sampleSource(spec, random.fork(spec.fields.id)));
}

function sampleSource(spec: SourceSpec, random: SeededRandom): SampleSource {
  const language = spec.fields.language === 'ar' ? 'ar' : 'en';
  const facts = Array.from({ length: 200 }, () => randomFact(random, spec.kinds, language));
  const target = random.integer(MIN_SNAPSHOT_WORDS, MAX_SNAPSHOT_WORDS);
  // The source was published a day after the last event it reports.
  const issued = nextDay(facts.reduce((latest, fact) => (compareDates(fact.date, latest) > 0 ? fact.date : latest), reportingDay(0)));
  let text = header(spec, issued, language);
  const passages: Passage[] = [];
  let words = countWords(text);
  for (let paragraph = 1; words < target; paragraph += 1) {
    let paragraphText = paragraph === 1 && spec.dateline ? `${spec.dateline} — ` : '';
    const fact = facts[(paragraph - 1) % facts.length] as Fact;
    const factFirst = random.chance(0.6);
    const fillers = random.integer(1, 3);
    for (let sentence = 0; sentence <= fillers; sentence += 1) {
      if (paragraphText !== '' && !paragraphText.endsWith(' ')) paragraphText += ' ';
      const isFact = factFirst ? sentence === 0 : sentence === fillers;
      const written = isFact ? factSentence(fact, language, random) : language === 'ar' ? arabicSourceFiller(random) : sourceFiller(random);
      if (isFact) passages.push({ fact, start: text.length + paragraphText.length, end: text.length + paragraphText.length + written.length, paragraph });
      paragraphText += written;
    }
    text += `${paragraphText}\n\n`;
    words += countWords(paragraphText);
  }
  text = text.trimEnd();
  const source = SourceSchema.parse({
    ...spec.fields,
    issued: isoDate(issued),
    accessed: isoDate(ASSESSMENT_DATE),
    snapshot: { text, sha256: sha256Hex(text), capturedAt: CAPTURED_AT, format: 'text', fileName: '', dropped: [] },
  });
  return { source, language, mention: spec.mention, arabicName: spec.arabicName ?? '', passages };
}

function factSentence(fact: Fact, language: 'en' | 'ar', random: SeededRandom): string {
  if (language === 'en') return sourceSentence(fact, random);
  const arabic = arabicSourceSentence(fact, random);
  if (arabic === null) throw new RangeError(`The Arabic source cannot report a fact of kind "${fact.kind}".`);
  return arabic;
}

/** The lines before the text proper: headline, byline and date as the outlet prints them. */
function header(spec: SourceSpec, issued: SampleDate, language: 'en' | 'ar'): string {
  const { title, authors = [], publisher = '' } = spec.fields;
  const date = language === 'ar' ? arabicDate(issued) : englishDate(issued);
  switch (spec.layout) {
    case 'article': {
      const byline = authors.map((author) => ('literal' in author ? author.literal : `${author.given} ${author.family}`)).join(' and ');
      return language === 'ar' ? `${title}\n\n${date}\n\n` : `${title}\n\nBy ${byline}\n\n${date}\n\n`;
    }
    case 'institution':
      return `${publisher}\n\n${title}\n\n${date}\n\n`;
    case 'notes':
      return `${title}\n\nRecorded ${date}. Attendance and handling as on the cover sheet.\n\n`;
  }
}

function nextDay(date: SampleDate): SampleDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

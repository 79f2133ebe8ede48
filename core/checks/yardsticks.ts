import type { Yardstick } from '../document/schema';

/**
 * The estimative yardsticks as data (PRODUCT.md, "Tradecraft reference").
 *
 * ICD 203 has seven likelihood bands, each with two terms: the table's first row
 * (almost no chance … almost certain) and its second (remote … nearly certain). A product
 * uses one row's words; one that mixes rows says, in a disclaimer, that the words of a
 * band mean the same. The first row is the preferred one: fixes turn second-row words
 * into it, since first-row words fit every sentence the second-row ones do ("probable" →
 * "likely"), while the reverse does not ("likely to" → "probable to").
 *
 * The UK PHIA probability yardstick has seven terms; "likely" and "probably" share one.
 *
 * Each expression below says where it stands in each yardstick, and, for use in a
 * document held to the other one, the word to put instead when the swap is certain: same
 * band, and a word that reads in the same place.
 */

export interface IcdPlace {
  band: number;
  row: 1 | 2;
}

export interface Expression {
  /** Lower case, words separated by single spaces. */
  phrase: string;
  icd: IcdPlace | null;
  phiaBand: number | null;
  /** In an ICD 203 document: the first-row word to use instead (for second-row words, and for words outside the table). */
  icdFix: string | null;
  /** In a PHIA document: the yardstick's word to use instead. */
  phiaFix: string | null;
  /** Only estimative when said of a likelihood: "the chance is remote", not "a remote camp". */
  predicativeOnly: boolean;
}

function expression(phrase: string, place: Partial<Omit<Expression, 'phrase'>>): Expression {
  return { phrase, icd: null, phiaBand: null, icdFix: null, phiaFix: null, predicativeOnly: false, ...place };
}

const icd = (band: number, row: 1 | 2): IcdPlace => ({ band, row });

export const EXPRESSIONS: readonly Expression[] = [
  expression('almost no chance', { icd: icd(1, 1) }),
  expression('remote', { icd: icd(1, 2), predicativeOnly: true }),
  expression('remote chance', { icd: icd(1, 2), phiaBand: 1 }),
  expression('remote possibility', { icd: icd(1, 2), phiaFix: 'remote chance' }),
  expression('very unlikely', { icd: icd(2, 1), phiaFix: 'highly unlikely' }),
  expression('highly improbable', { icd: icd(2, 2), icdFix: 'very unlikely', phiaFix: 'highly unlikely' }),
  expression('highly unlikely', { phiaBand: 2, icdFix: 'very unlikely' }),
  expression('unlikely', { icd: icd(3, 1), phiaBand: 3 }),
  expression('improbable', { icd: icd(3, 2), icdFix: 'unlikely', phiaFix: 'unlikely' }),
  expression('improbably', { icd: icd(3, 2) }),
  expression('roughly even chance', { icd: icd(4, 1) }),
  expression('roughly even odds', { icd: icd(4, 2), icdFix: 'roughly even chance' }),
  expression('realistic possibility', { phiaBand: 4 }),
  expression('likely', { icd: icd(5, 1), phiaBand: 5 }),
  expression('probable', { icd: icd(5, 2), icdFix: 'likely', phiaFix: 'likely' }),
  // The ICD 203 table gives the adverbs of its second row in brackets: "improbable (improbably)", "probable (probably)".
  expression('probably', { icd: icd(5, 2), phiaBand: 5, icdFix: 'likely' }),
  expression('very likely', { icd: icd(6, 1), phiaFix: 'highly likely' }),
  expression('highly probable', { icd: icd(6, 2), icdFix: 'very likely', phiaFix: 'highly likely' }),
  expression('highly likely', { phiaBand: 6, icdFix: 'very likely' }),
  expression('almost certain', { icd: icd(7, 1), phiaBand: 7 }),
  expression('almost certainly', { icd: icd(7, 1), phiaBand: 7 }),
  expression('nearly certain', { icd: icd(7, 2), icdFix: 'almost certain', phiaFix: 'almost certain' }),
  expression('nearly certainly', { icd: icd(7, 2), icdFix: 'almost certainly', phiaFix: 'almost certainly' }),
  // Estimative words in neither yardstick.
  expression('not likely', { icdFix: 'unlikely', phiaFix: 'unlikely' }),
  expression('very probable', { icdFix: 'very likely', phiaFix: 'highly likely' }),
  expression('very probably', { icdFix: 'very likely' }),
  expression('fairly likely', {}),
  expression('quite likely', {}),
  expression('somewhat likely', {}),
  expression('reasonably likely', {}),
  expression('extremely likely', {}),
  expression('extremely unlikely', {}),
  expression('in all likelihood', {}),
  expression('a real possibility', {}),
  expression('a distinct possibility', {}),
  expression('a strong possibility', {}),
  expression('a good chance', {}),
  expression('even chance', {}),
];

/** Whether an expression is one of the yardstick's own terms. */
export function inYardstick(found: Expression, yardstick: Yardstick): boolean {
  return yardstick === 'icd-203' ? found.icd !== null : found.phiaBand !== null;
}

/** The yardstick's own words, for messages: ICD 203's first row, or PHIA's seven terms. */
export const YARDSTICK_TERMS: Readonly<Record<Yardstick, string>> = {
  'icd-203': 'almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain',
  phia: 'remote chance, highly unlikely, unlikely, realistic possibility, likely or probably, highly likely, almost certain',
};

export const YARDSTICK_NAMES: Readonly<Record<Yardstick, string>> = {
  'icd-203': 'the ICD 203 likelihood terms',
  phia: 'the PHIA probability yardstick',
};

/** The standard each language rule rests on, by yardstick. */
export const LANGUAGE_STANDARDS: Readonly<Record<Yardstick, { terms: string; confidence: string; hedges: string }>> = {
  'icd-203': {
    terms: 'ICD 203 §D.6.e(2)(a): expressions of likelihood',
    confidence: 'ICD 203 §D.6.e(2)(a): likelihood and confidence not in one sentence',
    hedges: 'ICD 203 §D.6.e(2): expresses and explains uncertainty',
  },
  phia: {
    terms: 'PHIA probability yardstick',
    confidence: 'PHIA probability yardstick: likelihood and analytical confidence stated apart',
    hedges: 'PHIA probability yardstick: uncertainty in yardstick terms',
  },
};

/**
 * The yardsticks as tables, for the appendix an export can end with (PRODUCT.md,
 * "Tradecraft reference"): each band's terms, lowest first, and its probability range.
 * ICD 203's bands have a term in each of its two rows; PHIA's have one (its fifth, two
 * words for one band). The terms are the EXPRESSIONS above with the same place.
 */
export interface YardstickBand {
  /** The band's term, or its terms from ICD 203's first and second rows. */
  terms: readonly string[];
  /** As the standard gives it: "55–80%", "~40–<50%". */
  range: string;
}

export interface YardstickTable {
  /** The standard, as a reader knows it. */
  title: string;
  /** What the table is and how the product uses it, in a sentence or two. */
  explanation: string;
  /** Column headings: the terms' columns, then the range's. */
  columns: readonly string[];
  bands: readonly YardstickBand[];
}

export const YARDSTICK_TABLES: Readonly<Record<Yardstick, YardstickTable>> = {
  'icd-203': {
    title: 'ICD 203 expressions of likelihood',
    explanation:
      'This product states how likely a development is with the terms of Intelligence Community Directive 203, Analytic Standards. ' +
      'Each band has two equivalent terms, one in each row of the directive’s table; a product uses one row’s terms throughout, or says that it mixes them.',
    columns: ['Term', 'Equivalent term', 'Probability'],
    bands: [
      { terms: ['almost no chance', 'remote'], range: '1–5%' },
      { terms: ['very unlikely', 'highly improbable'], range: '5–20%' },
      { terms: ['unlikely', 'improbable (improbably)'], range: '20–45%' },
      { terms: ['roughly even chance', 'roughly even odds'], range: '45–55%' },
      { terms: ['likely', 'probable (probably)'], range: '55–80%' },
      { terms: ['very likely', 'highly probable'], range: '80–95%' },
      { terms: ['almost certain(ly)', 'nearly certain'], range: '95–99%' },
    ],
  },
  phia: {
    title: 'PHIA probability yardstick',
    explanation:
      'This product states how likely a development is with the probability yardstick of the UK Professional Head of Intelligence Analysis (PHIA). ' +
      'The ranges are approximate, and the yardstick leaves deliberate gaps between them.',
    columns: ['Term', 'Probability'],
    bands: [
      { terms: ['remote chance'], range: '~0–5%' },
      { terms: ['highly unlikely'], range: '~10–20%' },
      { terms: ['unlikely'], range: '~25–35%' },
      { terms: ['realistic possibility'], range: '~40–<50%' },
      { terms: ['likely or probably'], range: '~55–75%' },
      { terms: ['highly likely'], range: '~80–90%' },
      { terms: ['almost certain'], range: '~95–<100%' },
    ],
  },
};

/** The confidence levels both yardsticks pair with likelihood, and what each says about a judgment. */
export const CONFIDENCE_LEVELS: readonly { level: 'High' | 'Moderate' | 'Low'; meaning: string }[] = [
  { level: 'High', meaning: 'the judgment rests on good information from several sources that agree, or the nature of the issue allows a firm judgment. A judgment held with high confidence can still be wrong.' },
  { level: 'Moderate', meaning: 'the information is credibly sourced and plausible, but not corroborated enough, or not of a quality, to warrant high confidence.' },
  { level: 'Low', meaning: 'the information is scant, fragmented or poorly corroborated, or its sources raise significant doubts; the judgment is the best that can be made of it.' },
];

/** Why likelihood and confidence are stated apart, for the appendix. */
export const CONFIDENCE_EXPLANATION =
  'A likelihood term says how probable a development is; a confidence level says how far the evidence and reasoning behind a judgment can be relied on. ' +
  'The two are stated separately, never in one sentence.';

import type { Yardstick } from '../document/schema';
import type { Finding, QuickFix } from './finding';
import { inSameCase } from './wording';

/**
 * The yardstick's wordings that can stand in for a hedge without rewriting its sentence.
 * A modal ("may attack") takes "will" and an adverb, which agrees with any subject; an
 * adverb ("possibly") takes an adverb; "it is possible that" takes a whole clause, which
 * lets the unlikely end of the scale in too. ICD 203 offers one row of its table only, so a
 * fix never mixes the rows.
 */
const REPLACEMENTS: Readonly<Record<Yardstick, Readonly<Record<'modal' | 'adverb' | 'clause', readonly string[]>>>> = {
  'icd-203': {
    modal: ['will almost certainly', 'will very likely', 'will likely'],
    adverb: ['almost certainly', 'very likely', 'likely'],
    clause: ['it is almost certain that', 'it is very likely that', 'it is likely that', 'there is a roughly even chance that', 'it is unlikely that', 'it is very unlikely that', 'there is almost no chance that'],
  },
  phia: {
    modal: ['will almost certainly', 'will likely', 'will probably'],
    adverb: ['almost certainly', 'probably'],
    clause: ['it is almost certain that', 'it is highly likely that', 'it is likely that', 'there is a realistic possibility that', 'it is unlikely that', 'it is highly unlikely that', 'there is a remote chance that'],
  },
};

function hedgeKind(words: string): 'modal' | 'adverb' | 'clause' | null {
  const lower = words.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'may' || lower === 'might' || lower === 'could') return 'modal';
  if (lower === 'possibly' || lower === 'perhaps') return 'adverb';
  // "it is possible" without "that" reads on into its own sentence ("it is possible to…"): no safe swap.
  return /^it(?: is|['’]s) (?:also )?possible that$/.test(lower) ? 'clause' : null;
}

/**
 * Replacements a hedge can take from the document's yardstick, for the analyst to choose
 * from: which likelihood is meant is the analyst's judgment, so none is applied for them.
 * Empty for any other finding, or a hedge with no safe swap.
 */
export function hedgeFixes(finding: Pick<Finding, 'rule' | 'location' | 'text'>, yardstick: Yardstick): QuickFix[] {
  if (finding.rule !== 'language.hedge' || !finding.location) return [];
  const kind = hedgeKind(finding.text);
  if (!kind) return [];
  const { blockPath, range } = finding.location;
  return REPLACEMENTS[yardstick][kind].map((wording) => {
    const replacement = inSameCase(finding.text, wording);
    return { label: `“${replacement}”`, replace: { blockPath, range, expected: finding.text, with: replacement } };
  });
}

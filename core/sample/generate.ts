import { bodyOf } from '../document/create';
import type { BriefDocument } from '../document/schema';
import { BriefError } from '../errors';
import { findTemplate } from '../templates/builtin';
import { createDocumentFromTemplate } from '../templates/create-from-template';
import { SampleBodyWriter } from './body';
import { SeededRandom } from './random';
import { sampleSources } from './sources';
import { ACTOR, ASSESSMENT_DATE, capitalize, isoDate } from './world';
import { DEFAULT_SAMPLE_SEED, MAX_SAMPLE_PAGES, MAX_SAMPLE_SEED, SAMPLE_WORDS_PER_PAGE } from './limits';

/**
 * A realistic synthetic threat assessment for benchmarks and demos: the built-in
 * template's sections filled to about 500 words a page with headings, lists, tables,
 * quotations, Arabic paragraphs and citations that anchor in a dozen invented sources,
 * under a TLP:AMBER marking. The same pages and seed always give the same document.
 */

export { DEFAULT_SAMPLE_SEED, MAX_SAMPLE_PAGES, MAX_SAMPLE_SEED, SAMPLE_WORDS_PER_PAGE } from './limits';

export interface SampleOptions {
  pages: number;
  seed?: number;
}

const TEMPLATE_ID = 'threat-assessment';
// Fixed, not the clock: two runs with one seed must write the same file.
const CREATED = new Date(`${isoDate(ASSESSMENT_DATE)}T08:30:00Z`);

export function generateSampleBriefing(options: SampleOptions): BriefDocument {
  const { pages, seed = DEFAULT_SAMPLE_SEED } = options;
  if (!Number.isInteger(pages) || pages < 1 || pages > MAX_SAMPLE_PAGES) {
    throw new BriefError('invalid-request', `A sample has from 1 to ${MAX_SAMPLE_PAGES} pages; ${pages} was asked for.`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SAMPLE_SEED) {
    throw new BriefError('invalid-request', `A sample's seed is a whole number from 0 to ${MAX_SAMPLE_SEED}; ${seed} was given.`);
  }
  const template = findTemplate(TEMPLATE_ID);
  if (!template) throw new BriefError('internal', `The built-in "${TEMPLATE_ID}" template is missing.`);
  const random = new SeededRandom(seed);
  const sources = sampleSources(random.fork('sources'));
  const document = createDocumentFromTemplate(
    template,
    {
      subject: `${capitalize(ACTOR.en)}: risk of attacks on prisons and camps in the northern provinces over the next six months`,
      date: isoDate(ASSESSMENT_DATE),
      timeFrame: 'The next six months',
      scope: `Synthetic sample for demonstrations and benchmarks (${pages} ${pages === 1 ? 'page' : 'pages'}, seed ${seed}). Every place, group, outlet, person and figure in it is invented.`,
    },
    { now: CREATED, author: 'Analyst, Regional Threats Desk' },
  );
  document.marking = { scheme: 'tlp', level: 'AMBER', controls: [] };
  document.sources = sources.map((entry) => entry.source);
  document.body = bodyOf(new SampleBodyWriter(random.fork('body'), sources).write(template, pages * SAMPLE_WORDS_PER_PAGE));
  return document;
}

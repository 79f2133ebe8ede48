import { selectorFor } from '../citations/anchor';
import { CITATION_NODE_TYPE } from '../citations/schema';
import type { SerializedBodyNode } from '../document/schema';
import type { SeededRandom } from './random';
import type { Passage, SampleSource } from './sources';

/** A cited passage with the source that holds it. */
export interface Cited {
  source: SampleSource;
  passage: Passage;
}

const PINPOINT_SHARE = 0.3;

/**
 * Hands out the sources' passages for the body to cite, each in turn from a shuffled
 * list (so citations spread over every source rather than bunching), and writes the
 * citation nodes: the passage's TextQuoteSelector, made as the source viewer makes one,
 * and now and then a pinpoint.
 */
export class PassageCiter {
  private readonly english: Cited[];
  private readonly arabic: Cited[];
  private englishTurn = 0;
  private arabicTurn = 0;

  constructor(
    private readonly random: SeededRandom,
    sources: readonly SampleSource[],
  ) {
    const cited = sources.flatMap((source) => source.passages.map((passage): Cited => ({ source, passage })));
    this.english = random.sample(
      cited.filter((entry) => entry.source.language === 'en'),
      cited.length,
    );
    this.arabic = random.sample(
      cited.filter((entry) => entry.source.language === 'ar'),
      cited.length,
    );
  }

  /** The next English passage in turn that `accept` takes. */
  nextEnglish(accept: (entry: Cited) => boolean = () => true): Cited {
    for (let tried = 0; tried < this.english.length; tried += 1) {
      const entry = this.english[this.englishTurn % this.english.length] as Cited;
      this.englishTurn += 1;
      if (accept(entry)) return entry;
    }
    throw new RangeError('No source of the sample reports a passage of the kind asked for.');
  }

  nextArabic(): Cited {
    const entry = this.arabic[this.arabicTurn % this.arabic.length];
    if (!entry) throw new RangeError('The sample has no Arabic source to cite.');
    this.arabicTurn += 1;
    return entry;
  }

  citation(cited: Cited): SerializedBodyNode {
    const text = cited.source.source.snapshot?.text ?? '';
    const pinpoint = this.random.chance(PINPOINT_SHARE) ? `para. ${cited.passage.paragraph}` : '';
    return { type: CITATION_NODE_TYPE, version: 1, sourceId: cited.source.source.id, selector: selectorFor(text, cited.passage.start, cited.passage.end), pinpoint };
  }
}

/** A citation of a whole source, as a source summary cites each source it lists. */
export function wholeSourceCitation(entry: SampleSource): SerializedBodyNode {
  return { type: CITATION_NODE_TYPE, version: 1, sourceId: entry.source.id, selector: null, pinpoint: '' };
}

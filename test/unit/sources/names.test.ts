import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAuthors, parseAuthors } from '../../../core/sources/names';
import { propertySeed } from '../property-seed';
import type { SourceName } from '../../../core/sources/schema';

describe('authors as the analyst types them', () => {
  it('splits given and family names, takes "Family, Given", and keeps braced or one-word names whole', () => {
    expect(parseAuthors('Julian Bechocha; Doe, Jane;  {Rudaw staff} ; Reuters;;')).toEqual([
      { family: 'Bechocha', given: 'Julian' },
      { family: 'Doe', given: 'Jane' },
      { literal: 'Rudaw staff' },
      { literal: 'Reuters' },
    ]);
  });

  it('keeps Arabic names exactly', () => {
    expect(parseAuthors('قاسم الأعرجي')).toEqual([{ family: 'الأعرجي', given: 'قاسم' }]);
  });

  it('reads back what it writes, for any names', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'-]{1,12}$/);
    const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));
    const name: fc.Arbitrary<SourceName> = fc.oneof(
      fc.record({ family: words, given: words }),
      fc.record({ family: words, given: fc.constant('') }),
      fc.record({ literal: words }),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 4 }), (names) => {
        const normalised = names.map((entry): SourceName => ('family' in entry && !entry.given ? { literal: entry.family } : entry));
        expect(parseAuthors(formatAuthors(names))).toEqual(normalised);
      }),
      { seed: propertySeed() },
    );
  });
});

import type { SeededRandom } from './random';
import {
  ALL_PLACES,
  ARABIC_QUOTES,
  BOMB_TARGETS,
  CAMPS,
  ENGLISH_QUOTES,
  FINANCING_METHODS,
  INSPECTION_FINDINGS,
  OPERATIONS,
  PRISONS,
  REPATRIATING_STATES,
  REPORTING_DAYS,
  SPEAKERS,
  reportingDay,
  type Facility,
  type Named,
  type Place,
  type SampleDate,
} from './world';

/**
 * One reported event: what a source states in a sentence and what the briefing cites it
 * for. The same fact is written once in the source's words and again in the analyst's,
 * so every citation in the sample rests on a passage that says what the draft says.
 */
export type Fact =
  | { kind: 'attack'; date: SampleDate; facility: Facility; killed: number; escaped: number }
  | { kind: 'arrests'; date: SampleDate; place: Place; count: number; operation: string }
  | { kind: 'transfer'; date: SampleDate; from: Facility; to: Facility; count: number }
  | { kind: 'statement'; date: SampleDate; speaker: Named; quote: string }
  | { kind: 'casualties'; date: SampleDate; place: Place; fighters: number; guards: number; civilians: number }
  | { kind: 'camp'; date: SampleDate; camp: Facility; residents: number; childrenPercent: number }
  | { kind: 'repatriation'; date: SampleDate; count: number; state: string }
  | { kind: 'inspection'; date: SampleDate; facilities: number; finding: string }
  | { kind: 'bombing'; date: SampleDate; place: Place; killed: number; target: string }
  | { kind: 'financing'; date: SampleDate; place: Place; method: string; dollars: number };

export type FactKind = Fact['kind'];

/** The facts an Arabic sentence can carry: those with an Arabic rendering (see arabic.ts). */
export const ARABIC_FACT_KINDS: readonly FactKind[] = ['attack', 'arrests', 'transfer', 'statement', 'camp', 'inspection'];

/** A new fact of one of `kinds`; a statement quotes in the source's language. */
export function randomFact(random: SeededRandom, kinds: readonly FactKind[], language: 'en' | 'ar'): Fact {
  const date = reportingDay(random.integer(0, REPORTING_DAYS));
  const kind = random.pick(kinds);
  switch (kind) {
    case 'attack':
      return { kind, date, facility: random.pick(PRISONS), killed: random.integer(2, 19), escaped: random.integer(4, 140) };
    case 'arrests':
      return { kind, date, place: random.pick(ALL_PLACES), count: random.integer(3, 48), operation: random.pick(OPERATIONS) };
    case 'transfer': {
      const [from, to] = random.sample(PRISONS, 2) as [Facility, Facility];
      return { kind, date, from, to, count: random.integer(2, 60) * 10 };
    }
    case 'statement':
      return { kind, date, speaker: random.pick(SPEAKERS), quote: random.pick(language === 'ar' ? ARABIC_QUOTES : ENGLISH_QUOTES) };
    case 'casualties':
      return { kind, date, place: random.pick(ALL_PLACES), fighters: random.integer(5, 90), guards: random.integer(1, 40), civilians: random.integer(1, 15) };
    case 'camp': {
      const camp = random.pick(CAMPS);
      const residents = Math.round((camp.population * (0.85 + random.next() * 0.3)) / 100) * 100;
      return { kind, date, camp, residents, childrenPercent: random.integer(52, 68) };
    }
    case 'repatriation':
      return { kind, date, count: random.integer(4, 120), state: random.pick(REPATRIATING_STATES) };
    case 'inspection':
      return { kind, date, facilities: random.integer(6, 31), finding: random.pick(INSPECTION_FINDINGS) };
    case 'bombing':
      return { kind, date, place: random.pick(ALL_PLACES), killed: random.integer(1, 9), target: random.pick(BOMB_TARGETS) };
    case 'financing':
      return { kind, date, place: random.pick(ALL_PLACES), method: random.pick(FINANCING_METHODS), dollars: random.integer(4, 90) * 5_000 };
  }
}

/** Where a fact happened, for tables and headings; null for facts without a place. */
export function placeOf(fact: Fact): Place | null {
  switch (fact.kind) {
    case 'attack':
      return fact.facility.place;
    case 'transfer':
      return fact.from.place;
    case 'camp':
      return fact.camp.place;
    case 'arrests':
    case 'casualties':
    case 'bombing':
    case 'financing':
      return fact.place;
    default:
      return null;
  }
}

/** Thousands with commas, as English reporting writes them (24,000), whatever the host's locale. */
export function englishNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

import { englishNumber, type Fact } from './facts';
import type { SeededRandom } from './random';
import { italic, plain, runs, type Run } from './runs';
import { ACTOR, ALL_PLACES, CAMPS, PRISONS, capitalize, englishDate, englishMonth } from './world';

/**
 * Facts in English, twice: as a news source or an official text states them (the
 * snapshot's sentences) and as an analyst restates them (the briefing's sentences, which
 * cite the source's). Several wordings of each keep a long sample from reading like a
 * form letter.
 */

const people = (count: number): string => (count === 1 ? 'one person' : `${count} people`);

/** The sentence of a source that states `fact`. */
export function sourceSentence(fact: Fact, random: SeededRandom): string {
  const date = englishDate(fact.date);
  const wordings = ((): string[] => {
    switch (fact.kind) {
      case 'attack':
        return [
          `Gunmen from ${ACTOR.en} stormed ${fact.facility.en} on ${date}, killing ${fact.killed} guards and freeing ${fact.escaped} detainees, officials said.`,
          `At least ${fact.killed} guards were killed and ${fact.escaped} detainees escaped when militants attacked ${fact.facility.en} in ${fact.facility.place.en} on ${date}.`,
          `The assault on ${fact.facility.en} on ${date} left ${fact.killed} guards dead, and ${fact.escaped} inmates were still missing days later.`,
        ];
      case 'arrests':
        return [
          `Security forces detained ${fact.count} people suspected of belonging to ${ACTOR.en} during a ${fact.operation} in ${fact.place.en} on ${date}.`,
          `A ${fact.operation} in ${fact.place.en} on ${date} ended with ${fact.count} arrests, according to a statement from the provincial police.`,
          `Police in ${fact.place.en} said on ${date} that ${fact.count} suspected members of the group had been taken into custody.`,
        ];
      case 'transfer':
        return [
          `On ${date}, the authorities moved ${englishNumber(fact.count)} detainees from ${fact.from.en} to ${fact.to.en}, citing overcrowding.`,
          `About ${englishNumber(fact.count)} prisoners were transferred from ${fact.from.en} to ${fact.to.en} on ${date}, a security source said.`,
        ];
      case 'statement':
        return [
          `“${fact.quote},” ${fact.speaker.en} said on ${date}.`,
          `“${fact.quote},” said ${fact.speaker.en}, speaking to reporters on ${date}.`,
          `Speaking on ${date}, ${fact.speaker.en} was blunt: “${fact.quote}.”`,
        ];
      case 'casualties': {
        const total = fact.fighters + fact.guards + fact.civilians;
        const month = englishMonth(fact.date);
        return [
          `Fighting in and around ${fact.place.en} during ${month} left ${total} people dead: ${fact.fighters} militants, ${fact.guards} members of the security forces and ${fact.civilians} civilians.`,
          `The monitoring group counted ${total} deaths in ${fact.place.en} in ${month}, among them ${fact.fighters} militants, ${fact.guards} security personnel and ${fact.civilians} civilians.`,
        ];
      }
      case 'camp':
        return [
          `${capitalize(fact.camp.en)} now holds about ${englishNumber(fact.residents)} residents, ${fact.childrenPercent} percent of them children, according to camp officials.`,
          `Aid workers put the population of ${fact.camp.en} at roughly ${englishNumber(fact.residents)} as of ${englishMonth(fact.date)}, with children making up ${fact.childrenPercent} percent.`,
        ];
      case 'repatriation':
        return [
          `${capitalize(fact.state)} repatriated ${fact.count} of its nationals from the camps on ${date}.`,
          `On ${date}, ${fact.state} flew home ${fact.count} of its citizens held in the north, the first such return in months.`,
        ];
      case 'inspection':
        return [
          `An inspection campaign covering ${fact.facilities} prisons and detention centres, launched on ${date}, found ${fact.finding}.`,
          `Inspectors who visited ${fact.facilities} facilities from ${date} onwards reported ${fact.finding}.`,
        ];
      case 'bombing':
        return [
          `A roadside bomb struck ${fact.target} near ${fact.place.en} on ${date}, killing ${people(fact.killed)}.`,
          `An explosive device hit ${fact.target} outside ${fact.place.en} on ${date}, killing ${people(fact.killed)}, police said.`,
        ];
      case 'financing':
        return [
          `Residents of ${fact.place.en} described ${fact.method}, which they said brought the group about $${englishNumber(fact.dollars)} a month.`,
          `Local traders estimate that ${fact.method} around ${fact.place.en} earn the militants some $${englishNumber(fact.dollars)} each month.`,
        ];
    }
  })();
  return random.pick(wordings);
}

/** How the briefing names a source in its own sentences: an outlet in italics, an institution in plain text. */
export interface SourceMention {
  text: string;
  italic: boolean;
  /** Who first reported the information, when the source carries another's figures. */
  originator: string;
}

function mention(source: SourceMention, atStart = false): Run {
  const text = atStart ? capitalize(source.text) : source.text;
  return source.italic ? italic(text) : plain(text);
}

/** The briefing's sentence restating `fact`, which the source's sentence supports. */
export function briefSentence(fact: Fact, source: SourceMention, random: SeededRandom): Run[] {
  const date = englishDate(fact.date);
  const wordings = ((): Run[][] => {
    switch (fact.kind) {
      case 'attack':
        return [
          runs(`On ${date}, ${ACTOR.abbreviation} fighters attacked ${fact.facility.en}, killing ${fact.killed} guards and freeing ${fact.escaped} detainees, according to `, mention(source), '.'),
          runs(mention(source, true), ` reported that the attack on ${fact.facility.en} on ${date} killed ${fact.killed} guards and that ${fact.escaped} detainees escaped.`),
        ];
      case 'arrests':
        return [
          runs(`Security forces arrested ${fact.count} suspected ${ACTOR.abbreviation} members in ${fact.place.en} on ${date}.`),
          runs(`A ${fact.operation} in ${fact.place.en} on ${date} led to ${fact.count} arrests, `, mention(source), ' reported.'),
        ];
      case 'transfer':
        return [
          runs(`The authorities moved ${englishNumber(fact.count)} detainees from ${fact.from.en} to ${fact.to.en} on ${date}.`),
          runs(`Some ${englishNumber(fact.count)} prisoners were transferred from ${fact.from.en} to ${fact.to.en} on ${date}, according to `, mention(source), '.'),
        ];
      case 'statement':
        return [
          runs(`${capitalize(fact.speaker.en)} said: “${fact.quote}.”`),
          runs(`As ${fact.speaker.en} put it on ${date}: “${fact.quote}.”`),
          runs('In remarks reported by ', mention(source), `, ${fact.speaker.en} said: “${fact.quote}.”`),
        ];
      case 'casualties': {
        const total = fact.fighters + fact.guards + fact.civilians;
        const citing = source.originator ? `, citing the ${source.originator},` : '';
        return [
          runs(mention(source, true), `${citing} reports ${total} deaths in ${fact.place.en} in ${englishMonth(fact.date)}: ${fact.fighters} militants, ${fact.guards} members of the security forces and ${fact.civilians} civilians.`),
        ];
      }
      case 'camp':
        return [
          runs(`${capitalize(fact.camp.en)} holds about ${englishNumber(fact.residents)} people, ${fact.childrenPercent} percent of them children.`),
          runs(`Roughly ${englishNumber(fact.residents)} people live in ${fact.camp.en}; children make up ${fact.childrenPercent} percent of them.`),
        ];
      case 'repatriation':
        return [runs(`${capitalize(fact.state)} repatriated ${fact.count} of its nationals on ${date}.`)];
      case 'inspection':
        return [runs(`An inspection of ${fact.facilities} prisons and detention centres that began on ${date} found ${fact.finding}.`)];
      case 'bombing':
        return [runs(`A roadside bomb killed ${people(fact.killed)} near ${fact.place.en} on ${date}, striking ${fact.target}.`)];
      case 'financing':
        return [runs(`${capitalize(ACTOR.short)} earns about $${englishNumber(fact.dollars)} a month around ${fact.place.en} from ${fact.method}, according to `, mention(source), '.')];
    }
  })();
  return random.pick(wordings);
}

/** A short description of `fact` for a table cell. */
export function factSummary(fact: Fact): string {
  switch (fact.kind) {
    case 'attack':
      return `Attack on ${fact.facility.en}: ${fact.killed} guards killed, ${fact.escaped} escaped`;
    case 'arrests':
      return `${capitalize(fact.operation)}: ${fact.count} arrested`;
    case 'transfer':
      return `${englishNumber(fact.count)} detainees moved to ${fact.to.en}`;
    case 'bombing':
      return `Roadside bomb against ${fact.target}: ${people(fact.killed)} killed`;
    case 'casualties':
      return `${fact.fighters + fact.guards + fact.civilians} deaths in the month`;
    case 'financing':
      return `Financing: ${fact.method}`;
    default:
      return capitalize(fact.kind);
  }
}

/** Context a source gives around its facts: true of the setting, citing nothing. */
export function sourceFiller(random: SeededRandom): string {
  const place = random.pick(ALL_PLACES).en;
  const facility = random.pick(PRISONS).en;
  const camp = random.pick(CAMPS).en;
  return random.pick([
    `Residents of ${place} said the road into town had been closed for several hours.`,
    'Officials did not say how many of those held were foreign nationals.',
    'The provincial authorities have promised a full investigation.',
    'Local journalists were not allowed near the site.',
    'The group has made no public comment.',
    `Security along the ${place} road has been tightened since the summer.`,
    `Families of detainees gathered outside the gates of ${facility} on several days this month.`,
    `Aid agencies say funding for ${camp} has fallen for the third year running.`,
    'The ministry has announced plans to build a new high-security prison but has given no date.',
    'Several detainees are believed to have been held for years without trial.',
    `Tribal leaders in ${place} have called for more police patrols at night.`,
    'It was not possible to verify the figures independently.',
    'Officials blamed the delay on a shortage of trained staff.',
    `The area around ${place} has seen a series of smaller incidents since the autumn.`,
    'Many of the guards are local recruits with only a few weeks of training.',
    `Courts in ${place} are said to be hearing dozens of terrorism cases a week.`,
    'Mobile phone coverage in the area is patchy, which slows the flow of information.',
    'Previous escapes in the region were followed by weeks of searches in the surrounding villages.',
    'The international coalition has scaled down its presence over the past year.',
    'Much of the detention system was built in a hurry, during the fighting.',
    `Displaced families from ${place} have been slow to return.`,
    'Officials say smuggling networks along the border remain active.',
    'The authorities regularly announce arrests, but few cases reach trial quickly.',
    'Some of those detained were later released for lack of evidence.',
    `The camps, ${camp} among them, were meant to be temporary.`,
    `Shops in the centre of ${place} reopened the following morning.`,
  ]);
}

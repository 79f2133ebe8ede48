import type { SeededRandom } from './random';
import { ACTOR, ALL_PLACES, CAMPS, FINANCING_METHODS, PRISONS, capitalize } from './world';

/**
 * The analyst's own sentences, which cite nothing: judgments with one ICD 203 likelihood
 * term each and confidence in a separate sentence (as the tradecraft checks expect),
 * context, assumptions, indicators, gaps and the headings that divide long sections.
 */

const TIME_FRAMES = ['the next six months', 'the next three months', 'the time frame of this assessment'];

/** ICD 203 terms as "It is … that" takes them; one row's words only, so no mixing. */
const LIKELIHOODS = ['almost certain', 'very likely', 'likely', 'unlikely', 'very unlikely'];

const BASES = [
  'consistent reporting from several independent sources',
  'a small number of reports that we cannot corroborate',
  'official statements that are not always reliable on figures',
  'the group’s conduct over the past two years',
  'first-hand accounts from officials with direct access',
];

function outcome(random: SeededRandom): string {
  const place = random.pick(ALL_PLACES).en;
  const facility = random.pick(PRISONS).en;
  const camp = random.pick(CAMPS).en;
  const frame = random.pick(TIME_FRAMES);
  return random.pick([
    `${ACTOR.abbreviation} will attempt at least one attack on a detention facility in ${place} within ${frame}`,
    'detainees freed in a break-out will rejoin the group’s networks within weeks',
    `the authorities will complete the transfer of foreign detainees out of ${facility} within ${frame}`,
    `foreign governments will repatriate a significant share of their nationals within ${frame}`,
    `the group will expand its income from ${random.pick(FINANCING_METHODS)}`,
    `attacks on transfer convoys will increase over ${frame}`,
    `the population of ${camp} will fall by more than a tenth within ${frame}`,
    `${ACTOR.abbreviation} will seize and hold territory around ${place} within ${frame}`,
    `guards at ${facility} will be bribed or coerced into helping an escape within ${frame}`,
  ]);
}

/** One judgment: a single likelihood term; its confidence goes in the next sentence. */
export function judgmentSentence(random: SeededRandom): string {
  return `It is ${random.pick(LIKELIHOODS)} that ${outcome(random)}.`;
}

export function confidenceSentence(random: SeededRandom): string {
  return `We have ${random.pick(['high', 'moderate', 'low'])} confidence in this judgment, which rests on ${random.pick(BASES)}.`;
}

/** Analytic context between reported facts. */
export function contextSentence(random: SeededRandom): string {
  const place = random.pick(ALL_PLACES).en;
  const facility = random.pick(PRISONS).en;
  return random.pick([
    'The pattern fits the group’s practice of testing a facility’s defences before committing to an attack.',
    'These figures should be read as minimums, because incidents in remote districts often go unreported.',
    `Reporting from ${place} is thinner than from the provincial capitals, which limits what can be said about trends there.`,
    'The detention system in the north holds more people than it was built for.',
    'Transfers between facilities are a recurring weakness, because convoys travel on predictable routes.',
    'Official figures and those of independent monitors differ, but they point in the same direction.',
    'Most of the attacks in the period took place at night.',
    'Local security forces have carried the burden since the coalition reduced its presence.',
    `${capitalize(facility)} has been the focus of the group’s propaganda for more than a year.`,
    'The group has shown that it can plan an operation over several months and keep it secret.',
    `Conditions in ${place} make it easy for small cells to move between villages unnoticed.`,
    'None of this reporting suggests that the authorities have lost control of the larger facilities.',
    'The same few routes appear in almost every account of the group’s movements.',
    `Officials in ${place} describe the threat in similar terms, whatever their agency.`,
    'Each successful escape adds experienced fighters to the group’s ranks and raises its standing with recruits.',
    'Shortfalls in pay and training are the weaknesses the group has exploited most often.',
  ]);
}

/** The scope note, in the order an analyst writes it. */
export const SCOPE_SENTENCES: readonly string[] = [
  `This assessment covers the intent and capability of ${ACTOR.en} (${ACTOR.abbreviation}) to attack prisons, detention centres and camps in the northern provinces.`,
  'The question it answers is how likely a large break-out is, and what would show that one is coming.',
  'It draws on reporting available up to its information cut-off date and on our own meeting notes.',
  'It does not assess the legal status of the detainees or the policies of the governments whose nationals are held.',
  'Casualty and population figures are those the sources give; where they differ, the range is stated.',
  'Judgments use the likelihood terms of ICD 203; confidence is stated separately for each.',
];

/** The source summary statement, in order: the first introduces the list of sources. */
export const SOURCE_SUMMARY_SENTENCES: readonly string[] = [
  'This assessment rests on the sources below, grouped by kind, each cited in full and graded in the source list.',
  'Most of the reporting comes from regional news outlets and official statements, which are good on events and weak on figures.',
  'Casualty figures come largely from a single monitoring group, some of them carried second-hand by other outlets.',
  'Our own meeting notes are first-hand but reflect the views of the agencies whose members attended.',
  'We found no reporting from inside the group beyond what its members have said in court or to the press.',
  'Where sources disagree on numbers, this assessment gives the range rather than choosing one.',
];

/** Assumptions the judgments rest on, each with what follows if it fails. */
export function assumptions(random: SeededRandom): string[] {
  const facility = random.pick(PRISONS).en;
  const place = random.pick(ALL_PLACES).en;
  return [
    `The authorities keep their current number of guards at ${facility}. If they cannot, a break-out becomes more likely.`,
    'The coalition advisory mission stays in the north through the time frame. Its departure would weaken intelligence support to the guards.',
    'Foreign governments do not change their repatriation policies. A sudden wave of returns would reduce the pool of detainees the group could free.',
    `The group’s leadership in ${place} remains intact. Its loss would delay, not prevent, a major operation.`,
    'Funding for the camps continues at about its present level. Deep cuts would worsen conditions and help recruitment.',
    'The courts keep processing cases at their current rate, so the number held does not fall quickly.',
  ];
}

export function indicators(random: SeededRandom): string[] {
  const facility = random.pick(PRISONS).en;
  const place = random.pick(ALL_PLACES).en;
  const camp = random.pick(CAMPS).en;
  return [
    `Reports of ${ACTOR.abbreviation} fighters watching ${facility}`,
    `More smuggled phones found in cell searches in ${place}`,
    `Unusual movement of vehicles near ${camp} at night`,
    'Cuts to guards’ pay, or delays in paying them',
    'Claims about the detainees in the group’s statements and songs',
    `Repeated small attacks on checkpoints along the transfer routes near ${place}`,
    `A rise in ransoms and levies around ${place}`,
    `Guards at ${facility} asking to be moved to other posts`,
  ];
}

/** What would make an indicator count: the nested points under one. */
export const INDICATOR_DETAILS: readonly string[] = [
  'Seen by local police more than once in a week',
  'Corroborated by a second, independent source',
  'Reported by officials inside the facility',
  'Mentioned in intercepted messages, according to our partners',
];

export function intelligenceGaps(random: SeededRandom): string[] {
  const facility = random.pick(PRISONS).en;
  const place = random.pick(ALL_PLACES).en;
  return [
    'How many foreign nationals each facility holds, and of which nationalities',
    `Whether the group has sources among the guards at ${facility}`,
    `The state of perimeter security at ${facility}`,
    `How the group moves money between ${place} and the border`,
    `Who leads the group’s operations in ${place}`,
    'What the authorities plan for the camps once the current funding ends',
  ];
}

export function capabilities(random: SeededRandom): string[] {
  const place = random.pick(ALL_PLACES).en;
  return [
    `Fighters: probably a few hundred in ${place} and the villages around it`,
    'Weapons: small arms, mortars and home-made explosives; no sign of anything heavier',
    'Intelligence: watchers near several facilities and, probably, contacts among the guards',
    `Money: enough for its present tempo, mostly from ${random.pick(FINANCING_METHODS)}`,
    'Command: a small leadership that has survived the arrests of the past year',
  ];
}

/** Headings that divide a long section, by the section they divide. */
export function subheading(sectionId: string, random: SeededRandom): string {
  const place = random.pick(ALL_PLACES).en;
  const facility = capitalize(random.pick(PRISONS).en);
  const options: Record<string, string[]> = {
    background: [`Developments in ${place}`, 'Detention sites under strain', 'The camps', 'Repatriation and transfers', 'Casualty figures'],
    'intent-and-capability': ['Stated aims', 'Intent towards detention facilities', `Leadership in ${place}`, 'Fighters and weapons', 'Finance', 'Intelligence on targets', 'Recruitment in the camps'],
    'targets-and-vulnerabilities': [facility, 'Transfer convoys', 'Courts and judges', 'The camps'],
    'key-assumptions': ['Assumptions about the authorities', 'Assumptions about the group'],
    'scenarios-and-outlook': ['Containment holds', 'A single large break-out', 'A campaign of smaller raids', 'Transfers abroad'],
    indicators: ['Signs of an attack in preparation', 'Signs of improving security', 'Warning signs in the camps'],
    'intelligence-gaps': ['Gaps on intent', 'Gaps on capability', 'Gaps on the detention system'],
  };
  return random.pick(options[sectionId] ?? [`Developments in ${place}`]);
}

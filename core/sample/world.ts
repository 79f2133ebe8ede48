/**
 * The invented setting of the sample briefing: places, detention sites, an armed group,
 * the officials who speak about them (by title only) and what they say, in English and in
 * Arabic. Every name here is made up for the sample; none describes a real place or person.
 */

/** A name as English and Arabic text write it. */
export interface Named {
  en: string;
  ar: string;
}

export type Place = Named;

export interface Facility extends Named {
  kind: 'prison' | 'camp';
  place: Place;
  /** People held or living there, for tables and camp figures. */
  population: number;
}

const place = (en: string, ar: string): Place => ({ en, ar });

export const PLACES = {
  karvan: place('Karvan', 'كارفان'),
  sulimar: place('Sulimar', 'سوليمار'),
  telBerqa: place('Tel Berqa', 'تل برقة'),
  darhan: place('Darhan', 'درهان'),
  wadiSafi: place('Wadi Safi', 'وادي صافي'),
  ainZahra: place('Ain Zahra', 'عين زهرة'),
  qaratNour: place('Qarat Nour', 'قارة نور'),
  beitSalem: place('Beit Salem', 'بيت سالم'),
} as const;

export const ALL_PLACES: readonly Place[] = Object.values(PLACES);

export const PRISONS: readonly Facility[] = [
  { en: 'Karvan Central Prison', ar: 'سجن كارفان المركزي', kind: 'prison', place: PLACES.karvan, population: 4200 },
  { en: 'the Tel Berqa detention centre', ar: 'مركز احتجاز تل برقة', kind: 'prison', place: PLACES.telBerqa, population: 1800 },
  { en: 'the Darhan holding facility', ar: 'منشأة درهان للاحتجاز', kind: 'prison', place: PLACES.darhan, population: 950 },
  { en: 'the Sulimar juvenile centre', ar: 'مركز سوليمار للأحداث', kind: 'prison', place: PLACES.sulimar, population: 600 },
  { en: 'Beit Salem prison', ar: 'سجن بيت سالم', kind: 'prison', place: PLACES.beitSalem, population: 2300 },
];

export const CAMPS: readonly Facility[] = [
  { en: 'Wadi Safi camp', ar: 'مخيم وادي صافي', kind: 'camp', place: PLACES.wadiSafi, population: 24_000 },
  { en: 'Ain Zahra camp', ar: 'مخيم عين زهرة', kind: 'camp', place: PLACES.ainZahra, population: 11_000 },
];

/** The armed group the assessment is about. */
export const ACTOR = {
  en: 'the Northern Ridge Front',
  short: 'the Front',
  abbreviation: 'NRF',
  ar: 'جبهة الحافة الشمالية',
} as const;

/** Who speaks in the sources: titles, never names. */
export const SPEAKERS: readonly Named[] = [
  { en: 'a spokesperson for the Interior Ministry', ar: 'متحدث باسم وزارة الداخلية' },
  { en: 'the director of Karvan Central Prison', ar: 'مدير سجن كارفان المركزي' },
  { en: 'the governor of Karvan', ar: 'محافظ كارفان' },
  { en: 'the governor of Sulimar', ar: 'محافظ سوليمار' },
  { en: 'a senior officer in the counter-terrorism service', ar: 'ضابط رفيع في جهاز مكافحة الإرهاب' },
  { en: 'the commander of the coalition advisory mission', ar: 'قائد بعثة التحالف الاستشارية' },
  { en: 'an administrator at Wadi Safi camp', ar: 'أحد المسؤولين عن إدارة مخيم وادي صافي' },
  { en: 'a member of the Karvan provincial council', ar: 'عضو في مجلس محافظة كارفان' },
];

/** What officials are quoted as saying in English-language sources. */
export const ENGLISH_QUOTES: readonly string[] = [
  'We will not allow the camps to become recruiting grounds',
  'The walls are old and the guards are too few',
  'Every detainee who escapes is a risk to the whole region',
  'Countries must take back their citizens, and among them are commanders of the group',
  'We need surveillance equipment more than we need more soldiers',
  'The situation is under control, but the threat has not gone away',
  'Our forces will continue operations until the remaining cells are dismantled',
  'The families in the camp are waiting for a decision that never comes',
  'Most of the attacks happen at night and along the same roads',
  'Without more funding the inspection campaign cannot reach every facility',
  'We have seen the same names return after each amnesty',
  'The group pays smugglers in cash and moves its people in small numbers',
  'A prison is only as secure as its worst-paid guard',
  'We know they are watching the transfer routes',
  'Nobody should mistake a quiet month for a defeated enemy',
  'The courts cannot process this many cases with the judges we have',
];

/** What officials are quoted as saying in the Arabic-language source. */
export const ARABIC_QUOTES: readonly string[] = [
  'لن نسمح بأن تتحول المخيمات إلى مراكز لتجنيد المتطرفين',
  'إن أمن السجون مسؤولية مشتركة بين الحكومة والمجتمع الدولي',
  'على الدول أن تستعيد رعاياها المحتجزين لدينا',
  'نحتاج إلى دعم فني لتأمين مراكز الاحتجاز',
  'الوضع تحت السيطرة، لكن الخطر ما زال قائماً',
  'سنواصل العمليات حتى يتم القضاء على الخلايا النائمة',
];

export const OPERATIONS: readonly string[] = ['cordon-and-search operation', 'dawn raid', 'joint operation with local police', 'intelligence-led raid'];

export const INSPECTION_FINDINGS: readonly string[] = [
  'broken perimeter cameras at several sites',
  'cells holding three times their rated capacity',
  'guard shifts left unfilled for days at a time',
  'mobile phones smuggled into cell blocks',
  'locks and gates that had not been serviced in years',
];

export const FINANCING_METHODS: readonly string[] = [
  'levies on truck drivers using the northern highway',
  'ransoms paid for kidnapped shepherds',
  'transfers through informal money changers',
  'protection payments from sheep traders',
];

export const REPATRIATING_STATES: readonly string[] = ['a European government', 'a Central Asian government', 'a Balkan government', 'a North African government'];

export const BOMB_TARGETS: readonly string[] = ['an army patrol', 'a police convoy', 'a supply truck', 'a checkpoint on the main road'];

// ── Dates ────────────────────────────────────────────────────────────────────────────

/** A calendar day; facts fall in the six months before the assessment's date. */
export interface SampleDate {
  year: number;
  month: number;
  day: number;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ARABIC_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** The assessment's date (its information cut-off). */
export const ASSESSMENT_DATE: SampleDate = { year: 2026, month: 3, day: 2 };
/** The first day facts may fall on. */
const FIRST_FACT_DAY = Date.UTC(2025, 8, 1);
const LAST_FACT_DAY = Date.UTC(2026, 1, 25);
const DAY = 86_400_000;

/** The day `offset` days after the first day of the reporting period (clamped to it). */
export function reportingDay(offset: number): SampleDate {
  const time = Math.min(LAST_FACT_DAY, FIRST_FACT_DAY + Math.max(0, Math.trunc(offset)) * DAY);
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const REPORTING_DAYS = Math.round((LAST_FACT_DAY - FIRST_FACT_DAY) / DAY);

export function englishDate(date: SampleDate): string {
  return `${date.day} ${ENGLISH_MONTHS[date.month - 1]} ${date.year}`;
}

export function englishMonth(date: SampleDate): string {
  return `${ENGLISH_MONTHS[date.month - 1]} ${date.year}`;
}

export function arabicDate(date: SampleDate): string {
  return `${date.day} ${ARABIC_MONTHS[date.month - 1]} ${date.year}`;
}

export function isoDate(date: SampleDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Sorts dates in calendar order. */
export function compareDates(a: SampleDate, b: SampleDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The first letter in capitals, for a name that starts a sentence ("the Tel Berqa…" → "The Tel Berqa…"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import type { Fact } from './facts';
import type { SeededRandom } from './random';
import { ACTOR, ALL_PLACES, arabicDate } from './world';

/**
 * Facts in Arabic (Modern Standard Arabic, simple news register): the sentences of the
 * Arabic-language source, and the briefing's Arabic paragraphs that cite them. Numbers are
 * written in Western digits, as many Arabic outlets do, which also puts digits inside
 * right-to-left text for the exporters to get right. Only the kinds in ARABIC_FACT_KINDS
 * are written here.
 */

/** The source's sentence stating `fact`, or null for a kind the Arabic source does not report. */
export function arabicSourceSentence(fact: Fact, random: SeededRandom): string | null {
  const date = arabicDate(fact.date);
  switch (fact.kind) {
    case 'attack':
      return `هاجم مسلحون من ${ACTOR.ar} ${fact.facility.ar} يوم ${date}، ما أسفر عن مقتل ${fact.killed} من الحراس وفرار ${fact.escaped} من المحتجزين.`;
    case 'arrests':
      return `أعلنت قوات الأمن اعتقال ${fact.count} من المشتبه بانتمائهم إلى ${ACTOR.ar} في ${fact.place.ar} يوم ${date}.`;
    case 'transfer':
      return `نقلت السلطات ${fact.count} من المحتجزين من ${fact.from.ar} إلى ${fact.to.ar} يوم ${date}، بحسب مصدر أمني.`;
    case 'statement':
      return random.pick([`وقال ${fact.speaker.ar} يوم ${date}: «${fact.quote}».`, `وأضاف ${fact.speaker.ar} في تصريح صحفي: «${fact.quote}».`]);
    case 'camp':
      return `ويضم ${fact.camp.ar} نحو ${fact.residents} من السكان، أكثر من نصفهم من الأطفال.`;
    case 'inspection':
      return `وبدأت وزارة الداخلية يوم ${date} حملة تفتيش شملت ${fact.facilities} من السجون ومراكز الاحتجاز.`;
    default:
      return null;
  }
}

/** The briefing's Arabic sentence restating `fact`, or null for a kind not written in Arabic. */
export function arabicBriefSentence(fact: Fact, outlet: string): string | null {
  const date = arabicDate(fact.date);
  switch (fact.kind) {
    case 'attack':
      return `وأدى الهجوم على ${fact.facility.ar} يوم ${date} إلى مقتل ${fact.killed} من الحراس وفرار ${fact.escaped} من المحتجزين.`;
    case 'arrests':
      return `وبحسب ${outlet}، اعتقلت قوات الأمن ${fact.count} من المشتبه بهم في ${fact.place.ar} يوم ${date}.`;
    case 'transfer':
      return `وتفيد التقارير بنقل ${fact.count} من المحتجزين من ${fact.from.ar} إلى ${fact.to.ar}.`;
    case 'statement':
      return `وقال ${fact.speaker.ar}: «${fact.quote}».`;
    case 'camp':
      return `ويُقدَّر عدد سكان ${fact.camp.ar} بنحو ${fact.residents} نسمة.`;
    case 'inspection':
      return `وشملت حملة التفتيش التي بدأتها وزارة الداخلية ${fact.facilities} من السجون ومراكز الاحتجاز.`;
    default:
      return null;
  }
}

/** The first sentence of an Arabic paragraph of the briefing: a summary that cites nothing. */
export function arabicOpening(random: SeededRandom): string {
  return random.pick([
    'تشير المعطيات المتوفرة إلى تصاعد الضغط على مراكز الاحتجاز في الشمال.',
    `تتابع السلطات المحلية عن كثب تحركات عناصر ${ACTOR.ar} قرب السجون.`,
    'ما زالت أوضاع المخيمات تثير قلق المنظمات الإنسانية.',
    'تظهر التقارير الأخيرة أن الجبهة تحاول إعادة تنظيم صفوفها.',
  ]);
}

/** The last sentence of an Arabic paragraph of the briefing. */
export function arabicClosing(random: SeededRandom): string {
  return random.pick([
    'ولا تزال قدرة السلطات على تأمين هذه المراكز محدودة.',
    'ولم يتسنَّ التحقق من هذه الأرقام بشكل مستقل.',
    'ويبقى خطر الهجمات على السجون قائماً خلال الأشهر المقبلة.',
  ]);
}

/** Context the Arabic source gives around its facts. */
export function arabicSourceFiller(random: SeededRandom): string {
  const place = random.pick(ALL_PLACES).ar;
  return random.pick([
    `وتقول مصادر محلية في ${place} إن الوضع الأمني ما زال هشاً.`,
    'ويخشى السكان عودة الهجمات مع اقتراب فصل الصيف.',
    'ولم تعلق الجهات الرسمية على هذه المعلومات حتى الآن.',
    'وتعاني مراكز الاحتجاز من الاكتظاظ ونقص عدد الحراس.',
    'ويطالب ذوو المحتجزين بمعرفة مصير أبنائهم.',
    'وتشير التقديرات إلى أن عدد الهجمات ارتفع خلال الأشهر الأخيرة.',
    'وأكد مسؤول أمني أن القوات رفعت درجة الاستعداد في محيط السجون.',
    'ودعت منظمات إنسانية إلى تحسين ظروف المعيشة داخل المخيمات.',
    'وتواجه السلطات صعوبة في التحقق من هويات عدد كبير من المحتجزين.',
    'ويرى مراقبون أن التنظيم يحاول إعادة بناء شبكاته في المناطق الريفية.',
    `وأغلقت قوات الأمن الطريق المؤدي إلى ${place} لعدة ساعات.`,
    `وشهدت ${place} حالة من الهدوء الحذر خلال الأيام الماضية.`,
  ]);
}

/**
 * News outlets and agencies that analysts in this field cite often: the name a citation
 * uses, other names the outlet goes by on a page (an agency's initials in a dateline), and
 * its web hosts. Data, not code: add an outlet by adding a line.
 */
export interface KnownOutlet {
  name: string;
  aliases: readonly string[];
  hosts: readonly string[];
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { name: 'Rudaw', aliases: ['Rudaw English', 'Rudaw Media Network'], hosts: ['rudaw.net'] },
  { name: 'Kurdistan 24', aliases: ['Kurdistan24'], hosts: ['kurdistan24.net'] },
  { name: 'Shafaq News', aliases: [], hosts: ['shafaq.com'] },
  { name: 'Iraqi News Agency', aliases: ['INA'], hosts: ['ina.iq'] },
  { name: 'North Press Agency', aliases: ['North Press'], hosts: ['npasyria.com'] },
  { name: 'Hawar News Agency', aliases: ['ANHA', 'Hawar News'], hosts: ['hawarnews.com'] },
  { name: 'Syrian Observatory for Human Rights', aliases: ['SOHR'], hosts: ['syriahr.com'] },
  { name: 'Reuters', aliases: [], hosts: ['reuters.com'] },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press'], hosts: ['apnews.com'] },
  { name: 'Agence France-Presse', aliases: ['AFP'], hosts: ['afp.com'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu', 'AA'], hosts: ['aa.com.tr'] },
  { name: 'Xinhua', aliases: [], hosts: ['xinhuanet.com', 'news.cn'] },
  { name: 'TASS', aliases: [], hosts: ['tass.com'] },
  { name: 'BBC News', aliases: ['BBC'], hosts: ['bbc.co.uk', 'bbc.com'] },
  { name: 'Al Jazeera', aliases: ['Al Jazeera English'], hosts: ['aljazeera.com', 'aljazeera.net'] },
  { name: 'Al Arabiya', aliases: ['Al Arabiya English'], hosts: ['alarabiya.net'] },
  { name: 'Al-Monitor', aliases: ['Al Monitor'], hosts: ['al-monitor.com'] },
  { name: 'Asharq Al-Awsat', aliases: [], hosts: ['aawsat.com'] },
  { name: 'Arab News', aliases: [], hosts: ['arabnews.com'] },
  { name: 'The National', aliases: [], hosts: ['thenationalnews.com'] },
  { name: 'Middle East Eye', aliases: [], hosts: ['middleeasteye.net'] },
  { name: 'The New Arab', aliases: [], hosts: ['newarab.com'] },
  { name: 'The Guardian', aliases: [], hosts: ['theguardian.com'] },
  { name: 'The New York Times', aliases: [], hosts: ['nytimes.com'] },
  { name: 'The Washington Post', aliases: [], hosts: ['washingtonpost.com'] },
  { name: 'The Wall Street Journal', aliases: [], hosts: ['wsj.com'] },
  { name: 'Financial Times', aliases: [], hosts: ['ft.com'] },
  { name: 'Deutsche Welle', aliases: ['DW'], hosts: ['dw.com'] },
  { name: 'France 24', aliases: [], hosts: ['france24.com'] },
  { name: 'Voice of America', aliases: ['VOA'], hosts: ['voanews.com'] },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL'], hosts: ['rferl.org'] },
];

function comparable(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The outlet a line or a dateline's "(AFP)" names, by its name or one of its aliases. */
export function outletNamed(name: string): KnownOutlet | undefined {
  const wanted = comparable(name);
  return KNOWN_OUTLETS.find((outlet) => comparable(outlet.name) === wanted || outlet.aliases.some((alias) => comparable(alias) === wanted));
}

/** The outlet whose site this host is (www.rudaw.net, english.aawsat.com). */
export function outletAtHost(host: string): KnownOutlet | undefined {
  const wanted = host.toLowerCase();
  return KNOWN_OUTLETS.find((outlet) => outlet.hosts.some((known) => wanted === known || wanted.endsWith(`.${known}`)));
}

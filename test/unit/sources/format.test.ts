import { describe, expect, it } from 'vitest';
import {
  describeGrade,
  formatFullNote,
  formatIbid,
  formatNotes,
  formatPartialDate,
  formatShortNote,
  formatSourceListEntry,
  refRunsToPlainText,
  shortTitle,
  sortSourcesForList,
  type Note,
  type RefRun,
} from '../../../core/sources/format';
import { SourceSchema, type DocumentSource, type SourceInput } from '../../../core/sources/schema';

const source = (fields: Partial<SourceInput> & { id: string }): DocumentSource => SourceSchema.parse({ title: '', ...fields });

/** Runs as text with the formatting visible: *italic*, <link>. */
function styled(runs: readonly RefRun[]): string {
  return runs.map((run) => (run.url ? `<${run.text}>` : run.italic ? `*${run.text}*` : run.text)).join('');
}

const full = (value: DocumentSource, pinpoint?: string) => styled(formatFullNote(value, pinpoint));
const short = (value: DocumentSource, pinpoint?: string) => styled(formatShortNote(value, pinpoint));
const listEntry = (value: DocumentSource) => styled(formatSourceListEntry(value));

// The worked example: the Rudaw article on the NSA's meeting, and Rudaw's report of SOHR's figures.
const ARAJI = source({
  id: 'rudaw-araji',
  cslType: 'article-newspaper',
  title: 'Iraq Urges States to Repatriate ISIS Detainees',
  authors: [{ family: 'Bechocha', given: 'Julian' }],
  containerTitle: 'Rudaw',
  issued: '2022-01-30',
  url: 'https://www.rudaw.net/english/middleeast/iraq/300120222',
  accessed: '2026-11-28',
  place: 'Erbil',
  reliability: 'B',
  credibility: '2',
  descriptor: 'Kurdistan Region broadcaster with a correspondent at the meeting',
  portionMark: 'U',
});
const HASAKA = source({
  id: 'rudaw-hasaka',
  cslType: 'article-newspaper',
  title: 'Death Toll from Hasaka Prison Attack Rises to 373',
  containerTitle: 'Rudaw',
  publisher: 'Rudaw Media Network',
  issued: '2022-01-30',
  url: 'https://www.rudaw.net/english/middleeast/syria/hasaka',
  originator: 'SOHR',
  reliability: 'C',
  credibility: '3',
});
const ICG = source({
  id: 'icg-report',
  cslType: 'report',
  kind: 'report',
  title: 'Detained and Forgotten: Foreign Fighters in North-East Syria',
  authors: [{ literal: 'International Crisis Group' }],
  containerTitle: 'Middle East Report 241',
  publisher: 'International Crisis Group',
  place: 'Brussels',
  issued: '2023-05',
  reliability: 'A',
  credibility: '2',
});

describe('dates are written in English from the text, whatever the host', () => {
  it('writes a year, a month or a day', () => {
    expect(formatPartialDate('2022')).toBe('2022');
    expect(formatPartialDate('2022-01')).toBe('January 2022');
    expect(formatPartialDate('2022-01-30')).toBe('January 30, 2022');
    expect(formatPartialDate('2026-12-01')).toBe('December 1, 2026');
  });

  it('leaves an empty date empty and shows anything unreadable as written', () => {
    expect(formatPartialDate('')).toBe('');
    expect(formatPartialDate('2022-13')).toBe('2022-13');
    expect(formatPartialDate('Spring 2021')).toBe('Spring 2021');
  });

  it('does not move a date across midnight in a far time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(formatPartialDate('2022-01-01')).toBe('January 1, 2022');
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe('a first note gives the whole reference, set for its kind', () => {
  it('a newspaper article: author, quoted title, outlet in italics, date, link, access date', () => {
    expect(full(ARAJI)).toBe(
      'Julian Bechocha, “Iraq Urges States to Repatriate ISIS Detainees,” *Rudaw*, January 30, 2022, <https://www.rudaw.net/english/middleeast/iraq/300120222>, accessed November 28, 2026.',
    );
  });

  it('a pinpoint follows the publication facts', () => {
    expect(refRunsToPlainText(formatFullNote(ARAJI, 'para. 4'))).toBe(
      'Julian Bechocha, “Iraq Urges States to Repatriate ISIS Detainees,” Rudaw, January 30, 2022, para. 4, https://www.rudaw.net/english/middleeast/iraq/300120222, accessed November 28, 2026.',
    );
  });

  it('a magazine or journal article is set like a newspaper article', () => {
    const magazine = source({ id: 'm', cslType: 'article-magazine', title: 'The Camp', authors: [{ family: 'Doe', given: 'Jane' }], containerTitle: 'The Atlantic', issued: '2021-07' });
    const journal = source({ id: 'j', cslType: 'article-journal', title: 'Prison Breaks and Insurgent Recovery', authors: [{ family: 'Roe', given: 'Ali' }], containerTitle: 'Studies in Conflict & Terrorism', issued: '2020' });
    expect(full(magazine)).toBe('Jane Doe, “The Camp,” *The Atlantic*, July 2021.');
    expect(full(journal)).toBe('Ali Roe, “Prison Breaks and Insurgent Recovery,” *Studies in Conflict & Terrorism*, 2020.');
  });

  it('a web page: the site name is not italic', () => {
    const page = source({ id: 'w', cslType: 'webpage', title: 'Statement on Repatriation', containerTitle: 'Ministry of Foreign Affairs', issued: '2022-01-31', url: 'https://mfa.example.iq/statement', accessed: '2026-11-28' });
    expect(full(page)).toBe('“Statement on Repatriation,” Ministry of Foreign Affairs, January 31, 2022, <https://mfa.example.iq/statement>, accessed November 28, 2026.');
  });

  it('a social media post: platform in roman, no comma after a title ending in a question mark', () => {
    const post = source({ id: 'p', cslType: 'post', title: 'Is ISIS back in al-Hol?', authors: [{ literal: 'Rudaw English (@RudawEnglish)' }], containerTitle: 'X', issued: '2022-01-21', url: 'https://x.example/RudawEnglish/status/1' });
    expect(full(post)).toBe('Rudaw English (@RudawEnglish), “Is ISIS back in al-Hol?” X, January 21, 2022, <https://x.example/RudawEnglish/status/1>.');
  });

  it('a blog post: the blog name is italic', () => {
    const blog = source({ id: 'b', cslType: 'post-weblog', title: 'Notes from Hasaka', authors: [{ family: 'Roe', given: 'Ali' }], containerTitle: 'Syria Comment', issued: '2022-02-03' });
    expect(full(blog)).toBe('Ali Roe, “Notes from Hasaka,” *Syria Comment*, February 3, 2022.');
  });

  it('a report: italic title, series, then place, publisher and date in parentheses', () => {
    expect(full(ICG, 'p. 12')).toBe(
      'International Crisis Group, *Detained and Forgotten: Foreign Fighters in North-East Syria*, Middle East Report 241 (Brussels: International Crisis Group, May 2023), p. 12.',
    );
  });

  it('a book with three authors, and one with four', () => {
    const three = source({ id: 'b3', cslType: 'book', title: 'The ISIS Reader', authors: [{ family: 'Ash', given: 'A.' }, { family: 'Birch', given: 'B.' }, { family: 'Cedar', given: 'C.' }], publisher: 'Hurst', place: 'London', issued: '2020' });
    const four = source({ ...three, id: 'b4', authors: [...three.authors, { family: 'Dogwood', given: 'D.' }] });
    expect(full(three)).toBe('A. Ash, B. Birch, and C. Cedar, *The ISIS Reader* (London: Hurst, 2020).');
    expect(full(four)).toBe('A. Ash et al., *The ISIS Reader* (London: Hurst, 2020).');
  });

  it('a chapter: “in” the italic book', () => {
    const chapter = source({ id: 'c', cslType: 'chapter', title: 'The Camps', authors: [{ family: 'Roe', given: 'Ali' }], containerTitle: 'After the Caliphate', publisher: 'Polity', place: 'Cambridge', issued: '2019' });
    expect(full(chapter)).toBe('Ali Roe, “The Camps,” in *After the Caliphate* (Cambridge: Polity, 2019).');
  });

  it('a speech: the occasion in parentheses after the title, with no comma', () => {
    const speech = source({ id: 's', cslType: 'speech', title: 'Remarks on Detainee Repatriation', authors: [{ family: 'al-Araji', given: 'Qasim' }], containerTitle: 'Baghdad Security Conference', place: 'Baghdad', issued: '2022-02-02' });
    expect(full(speech)).toBe('Qasim al-Araji, “Remarks on Detainee Repatriation” (speech, Baghdad Security Conference, Baghdad, February 2, 2022).');
  });

  it('an interview and a broadcast', () => {
    const interview = source({ id: 'i', cslType: 'interview', title: 'The Mission after 2022', authors: [{ family: 'Anker', given: 'Michael' }], containerTitle: 'Kurdistan24', issued: '2022-03' });
    const broadcast = source({ id: 'br', cslType: 'broadcast', title: 'Hasaka Prison Siege', containerTitle: 'Newsnight', publisher: 'BBC', issued: '2022-01-25' });
    expect(full(interview)).toBe('Michael Anker, “The Mission after 2022,” interview, *Kurdistan24*, March 2022.');
    expect(full(broadcast)).toBe('“Hasaka Prison Siege,” *Newsnight*, January 25, 2022.');
  });

  it('meeting notes and other personal communications say what they are', () => {
    const meeting = source({ id: 'n', cslType: 'personal_communication', kind: 'meeting-notes', title: 'Readout: al-Araji – Anker', authors: [{ family: 'Analyst', given: 'Test' }], place: 'Baghdad', issued: '2022-01-30' });
    const email = source({ id: 'e', cslType: 'personal_communication', kind: 'other', authors: [{ family: 'Officer', given: 'Liaison' }], issued: '2022-02-01' });
    expect(full(meeting)).toBe('Test Analyst, “Readout: al-Araji – Anker,” meeting notes, Baghdad, January 30, 2022.');
    expect(full(email)).toBe('Liaison Officer, personal communication, February 1, 2022.');
  });

  it('legislation and a generic document', () => {
    const law = source({ id: 'l', cslType: 'legislation', title: 'Anti-Terrorism Law No. 13 of 2005', containerTitle: 'Official Gazette of Iraq', issued: '2005-11-09' });
    const document = source({ id: 'd', cslType: 'document', title: 'Detention Facilities Inventory', publisher: 'Autonomous Administration', issued: '2021' });
    expect(full(law)).toBe('Anti-Terrorism Law No. 13 of 2005, Official Gazette of Iraq, November 9, 2005.');
    expect(full(document)).toBe('“Detention Facilities Inventory,” Autonomous Administration, 2021.');
  });

  it('drops missing parts without leaving stray commas', () => {
    expect(full(source({ id: 'a', cslType: 'article-newspaper', title: 'Only a Title' }))).toBe('“Only a Title.”');
    expect(full(source({ id: 'b', cslType: 'article-newspaper', containerTitle: 'Rudaw', issued: '2022' }))).toBe('*Rudaw*, 2022.');
    expect(full(source({ id: 'c', cslType: 'report', title: 'Annual Review' }))).toBe('*Annual Review*.');
    expect(full(source({ id: 'd', cslType: 'webpage' }))).toBe('[Untitled source].');
  });

  it('an outlet known only by its publisher is not italic', () => {
    expect(full(source({ id: 'a', cslType: 'article-newspaper', title: 'Camp Raid', publisher: 'Rudaw Media Network', issued: '2022' }))).toBe('“Camp Raid,” Rudaw Media Network, 2022.');
  });

  it('keeps a right-to-left title exactly as given', () => {
    const arabic = source({ id: 'ar', cslType: 'webpage', title: 'العراق يدعو الدول إلى استعادة رعاياها', containerTitle: 'وزارة الخارجية', issued: '2022-01', language: 'ar' });
    expect(refRunsToPlainText(formatFullNote(arabic))).toBe('“العراق يدعو الدول إلى استعادة رعاياها,” وزارة الخارجية, January 2022.');
    expect(refRunsToPlainText(formatShortNote(arabic))).toBe('“العراق يدعو الدول إلى استعادة رعاياها.”');
  });
});

describe('links in references', () => {
  it('a web address is a link run, and titles of standalone works and periodicals are italic runs', () => {
    expect(formatFullNote(ARAJI)).toEqual([
      { text: 'Julian Bechocha, “Iraq Urges States to Repatriate ISIS Detainees,” ' },
      { text: 'Rudaw', italic: true },
      { text: ', January 30, 2022, ' },
      { text: 'https://www.rudaw.net/english/middleeast/iraq/300120222', url: 'https://www.rudaw.net/english/middleeast/iraq/300120222' },
      { text: ', accessed November 28, 2026.' },
    ]);
  });

  it('never turns a script or file address into a link', () => {
    const hostile = source({ id: 'h', title: 'Odd', url: 'javascript:alert(1)' });
    const local = source({ id: 'f', title: 'Local', url: 'file:///etc/passwd' });
    expect(formatFullNote(hostile).some((run) => run.url)).toBe(false);
    expect(formatSourceListEntry(local).some((run) => run.url)).toBe(false);
    expect(refRunsToPlainText(formatFullNote(hostile))).toContain('javascript:alert(1)');
  });
});

describe('the originator, when it is not the publisher', () => {
  it('a note on Rudaw carrying SOHR figures says whose figures they are', () => {
    expect(refRunsToPlainText(formatFullNote(HASAKA, 'para. 2'))).toBe(
      '“Death Toll from Hasaka Prison Attack Rises to 373,” Rudaw, January 30, 2022, para. 2, citing SOHR, https://www.rudaw.net/english/middleeast/syria/hasaka.',
    );
  });

  it('is not repeated when it is the outlet, the publisher or an author', () => {
    expect(full(source({ ...HASAKA, originator: 'Rudaw' }))).not.toContain('citing');
    expect(full(source({ ...HASAKA, originator: 'rudaw media network' }))).not.toContain('citing');
    expect(full(source({ ...ARAJI, originator: 'Julian Bechocha' }))).not.toContain('citing');
  });
});

describe('a later note is short', () => {
  it('surname, short title, pinpoint', () => {
    expect(short(ARAJI, 'para. 4')).toBe('Bechocha, “Iraq Urges States,” para. 4.');
    expect(short(ARAJI)).toBe('Bechocha, “Iraq Urges States.”');
  });

  it('the short title alone when there is no author, italic for a standalone work', () => {
    expect(short(HASAKA)).toBe('“Death Toll from Hasaka.”');
    expect(short(source({ id: 'r', cslType: 'report', title: 'The Hol Camp: Conditions and Risks' }), 'p. 3')).toBe('*Hol Camp*, p. 3.');
  });

  it('two authors, and four or more', () => {
    const two = source({ id: 't', cslType: 'book', title: 'Prisons', authors: [{ family: 'Ash', given: 'A.' }, { family: 'Birch', given: 'B.' }] });
    const many = source({ ...two, id: 'm', authors: [...two.authors, { family: 'Cedar', given: 'C.' }, { literal: 'Dogwood Institute' }] });
    expect(short(two)).toBe('Ash and Birch, *Prisons*.');
    expect(short(many)).toBe('Ash et al., *Prisons*.');
  });

  it('shortens titles the Chicago way', () => {
    expect(shortTitle('Iraq Urges States to Repatriate ISIS Detainees')).toBe('Iraq Urges States');
    expect(shortTitle('The Hol Camp: Conditions and Risks')).toBe('Hol Camp');
    expect(shortTitle('Readout: Iraqi NSA al-Araji – Commander, NATO Mission Iraq')).toBe('Readout: Iraqi NSA al-Araji');
    expect(shortTitle('Prisons')).toBe('Prisons');
  });

  it('names the outlet when there is neither author nor title', () => {
    expect(short(source({ id: 'o', containerTitle: 'Rudaw' }), 'para. 1')).toBe('Rudaw, para. 1.');
  });
});

describe('notes in document order: full, short, Ibid.', () => {
  const sources = [ARAJI, HASAKA, ICG];
  const notes = (sequence: readonly Note[]) => formatNotes(sequence, sources).map(refRunsToPlainText);

  it('first note full, a different source between, then short', () => {
    expect(notes([{ sourceId: 'rudaw-araji' }, { sourceId: 'icg-report', pinpoint: 'p. 4' }, { sourceId: 'rudaw-araji', pinpoint: 'para. 7' }])).toEqual([
      'Julian Bechocha, “Iraq Urges States to Repatriate ISIS Detainees,” Rudaw, January 30, 2022, https://www.rudaw.net/english/middleeast/iraq/300120222, accessed November 28, 2026.',
      'International Crisis Group, Detained and Forgotten: Foreign Fighters in North-East Syria, Middle East Report 241 (Brussels: International Crisis Group, May 2023), p. 4.',
      'Bechocha, “Iraq Urges States,” para. 7.',
    ]);
  });

  it('Ibid. for the same source right after, with its own pinpoint or none when the pinpoint is the same', () => {
    expect(notes([{ sourceId: 'icg-report' }, { sourceId: 'icg-report', pinpoint: 'p. 4' }, { sourceId: 'icg-report', pinpoint: 'p. 4' }, { sourceId: 'icg-report', pinpoint: 'p. 9' }]).slice(1)).toEqual([
      'Ibid., p. 4.',
      'Ibid.',
      'Ibid., p. 9.',
    ]);
  });

  it('no Ibid. for the whole source right after a pinpointed note: it would claim the same page', () => {
    expect(notes([{ sourceId: 'icg-report', pinpoint: 'p. 4' }, { sourceId: 'icg-report' }])[1]).toBe('International Crisis Group, Detained and Forgotten.');
  });

  it('a note citing several sources joins them with semicolons and is never followed by Ibid.', () => {
    const sequence: Note[] = [[{ sourceId: 'rudaw-hasaka', pinpoint: 'para. 2' }, { sourceId: 'icg-report', pinpoint: 'p. 12' }], { sourceId: 'icg-report', pinpoint: 'p. 12' }];
    expect(notes(sequence)).toEqual([
      '“Death Toll from Hasaka Prison Attack Rises to 373,” Rudaw, January 30, 2022, para. 2, citing SOHR, https://www.rudaw.net/english/middleeast/syria/hasaka; International Crisis Group, Detained and Forgotten: Foreign Fighters in North-East Syria, Middle East Report 241 (Brussels: International Crisis Group, May 2023), p. 12.',
      'International Crisis Group, Detained and Forgotten, p. 12.',
    ]);
  });

  it('a semicolon goes outside a closing quotation mark, a period inside', () => {
    const sequence: Note[] = [{ sourceId: 'rudaw-araji' }, { sourceId: 'rudaw-hasaka' }, [{ sourceId: 'rudaw-hasaka' }, { sourceId: 'rudaw-araji' }]];
    expect(notes(sequence)[2]).toBe('“Death Toll from Hasaka”; Bechocha, “Iraq Urges States.”');
  });

  it('a grouped note of one citation is a single note and can be Ibid.', () => {
    expect(notes([{ sourceId: 'icg-report' }, [{ sourceId: 'icg-report', pinpoint: 'p. 2' }]])[1]).toBe('Ibid., p. 2.');
  });

  it('a citation whose source is gone says so, and breaks an Ibid. chain', () => {
    expect(notes([{ sourceId: 'icg-report' }, { sourceId: 'deleted-source', pinpoint: 'p. 1' }, { sourceId: 'icg-report' }])).toEqual([
      'International Crisis Group, Detained and Forgotten: Foreign Fighters in North-East Syria, Middle East Report 241 (Brussels: International Crisis Group, May 2023).',
      '[Source missing: deleted-source].',
      'International Crisis Group, Detained and Forgotten.',
    ]);
  });

  it('a source first cited inside a grouped note is short afterwards', () => {
    const sequence: Note[] = [[{ sourceId: 'rudaw-araji' }, { sourceId: 'icg-report' }], { sourceId: 'rudaw-araji' }];
    expect(notes(sequence)[1]).toBe('Bechocha, “Iraq Urges States.”');
  });

  it('keeps the formatting runs of each note', () => {
    const [first] = formatNotes([{ sourceId: 'icg-report' }], sources);
    expect(first?.find((run) => run.italic)?.text).toBe('Detained and Forgotten: Foreign Fighters in North-East Syria');
  });

  it('single-note helpers', () => {
    expect(refRunsToPlainText(formatIbid())).toBe('Ibid.');
    expect(refRunsToPlainText(formatIbid(' para. 4 '))).toBe('Ibid., para. 4.');
  });
});

describe('the source list', () => {
  it('an ICS 206-01 entry: portion mark, author, title, outlet, dates, link, type, descriptor, grade', () => {
    expect(listEntry(ARAJI)).toBe(
      '(U) Bechocha, Julian. “Iraq Urges States to Repatriate ISIS Detainees.” *Rudaw*. January 30, 2022. <https://www.rudaw.net/english/middleeast/iraq/300120222>. Accessed November 28, 2026. News report. Kurdistan Region broadcaster with a correspondent at the meeting. B2 (usually reliable; probably true).',
    );
  });

  it('names the originator and the publisher behind the outlet', () => {
    expect(listEntry(HASAKA)).toBe(
      '“Death Toll from Hasaka Prison Attack Rises to 373.” *Rudaw*, Rudaw Media Network. January 30, 2022. <https://www.rudaw.net/english/middleeast/syria/hasaka>. News report. Originator: SOHR. C3 (fairly reliable; possibly true).',
    );
  });

  it('a report, with place and publisher', () => {
    expect(listEntry(ICG)).toBe(
      'International Crisis Group. *Detained and Forgotten: Foreign Fighters in North-East Syria*. Middle East Report 241, Brussels: International Crisis Group. May 2023. Report. A2 (completely reliable; probably true).',
    );
  });

  it('several authors: the first inverted, all named', () => {
    const three = source({ id: 'b', cslType: 'book', kind: 'academic', title: 'Prisons', authors: [{ family: 'Ash', given: 'Amal' }, { family: 'Birch', given: 'Bo' }, { literal: 'Cedar Institute' }] });
    expect(refRunsToPlainText(formatSourceListEntry(three))).toBe('Ash, Amal, Bo Birch, and Cedar Institute. Prisons. Academic work. Not graded.');
  });

  it('says when a source is not graded, or graded by halves; F and 6 are "cannot be judged"', () => {
    expect(describeGrade({ reliability: null, credibility: null })).toBe('');
    expect(describeGrade({ reliability: 'F', credibility: '6' })).toBe('F6 (reliability cannot be judged; truth cannot be judged)');
    expect(describeGrade({ reliability: 'B', credibility: null })).toBe('B- (usually reliable; credibility not graded)');
    expect(describeGrade({ reliability: null, credibility: '1' })).toBe('-1 (reliability not graded; confirmed by other sources)');
    expect(refRunsToPlainText(formatSourceListEntry(source({ id: 'x', title: 'Ungraded' })))).toBe('“Ungraded.” News report. Not graded.');
  });

  it('a descriptor ending in a full stop is not given a second one', () => {
    const entry = refRunsToPlainText(formatSourceListEntry(source({ id: 'x', title: 'T', descriptor: 'Local outlet.', portionMark: 'TLP:GREEN' })));
    expect(entry).toBe('(TLP:GREEN) “T.” News report. Local outlet. Not graded.');
  });
});

describe('the source list order', () => {
  const a = source({ id: 'a', title: 'The Zeta Report', issued: '2021-05' });
  const b = source({ id: 'b', title: 'Alpha', authors: [{ family: 'Young', given: 'Y.' }], issued: '2022-01-30' });
  const c = source({ id: 'c', title: 'Beta', authors: [{ family: 'al-Araji', given: 'Q.' }] });
  const d = source({ id: 'd', title: 'Gamma', authors: [{ family: 'Bechocha', given: 'J.' }], issued: '2022' });
  const ids = (sorted: readonly DocumentSource[]) => sorted.map((value) => value.id);

  it('by first citation, sources never cited last in their own order', () => {
    expect(ids(sortSourcesForList([a, b, c, d], 'order-of-first-citation', ['d', 'b', 'd', 'a']))).toEqual(['d', 'b', 'a', 'c']);
  });

  it('by author, else by title without its leading article, ignoring case', () => {
    expect(ids(sortSourcesForList([a, b, c, d], 'author'))).toEqual(['c', 'd', 'b', 'a']);
  });

  it('by date, oldest first, undated last, the same date by author', () => {
    const e = source({ id: 'e', title: 'Epsilon', authors: [{ family: 'Ash', given: 'A.' }], issued: '2022-01-30' });
    const f = source({ id: 'f', title: 'Undated', authors: [{ family: 'Aaron', given: 'A.' }] });
    expect(ids(sortSourcesForList([c, b, a, d, e, f], 'date'))).toEqual(['a', 'd', 'e', 'b', 'f', 'c']);
  });

  it('does not reorder the array it is given', () => {
    const given = [b, a];
    sortSourcesForList(given, 'author');
    expect(ids(given)).toEqual(['b', 'a']);
  });
});

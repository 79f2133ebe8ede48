/**
 * Page breaking with footnotes, as plain arithmetic on measured heights. pdfmake has no
 * footnotes (its issue #2133) and one bottom margin for every page, so Briefwright breaks the
 * pages itself: it knows each line's and each table row's height (measured by pdfmake, see
 * engine.ts), which notes each one carries, and how tall each note's lines are. A page takes
 * items while they and the notes they cite fit above the page's foot; the notes then sit at
 * the bottom of that same page. pdfmake only draws the pages planned here.
 */

export interface PageItem {
  height: number;
  /** The height when the item starts a page (a table row then draws the rule above it). */
  heightAtTop: number;
  /** Space above the item, dropped at the top of a page. */
  gapBefore: number;
  /** The item must not end a page: a heading, a paragraph's first line, a table's header rows. */
  keepWithNext: boolean;
  /** The notes whose marks the item holds. */
  notes: readonly number[];
  /** Items drawn again above this one when it starts a page: a table's header rows. */
  repeatAtTop: readonly number[];
}

export interface PageFrame {
  /** The height the body text may take on a page. */
  bodyHeight: number;
  /** The rule and space above the notes at the foot of a page. */
  separatorHeight: number;
  /** Space between one note and the next. */
  betweenNotes: number;
}

/** Lines [from, to) of a note. */
export interface NoteSlice {
  note: number;
  from: number;
  to: number;
}

export interface PlannedPage {
  items: Array<{ index: number; repeated: boolean }>;
  notes: NoteSlice[];
  /** The height of the notes at the foot of the page, separator included; 0 without notes. */
  notesHeight: number;
}

export interface PagePlan {
  pages: PlannedPage[];
  /** Notes that could not start on the page of their mark (a page with room for nothing else). */
  displacedNotes: number[];
  /** Pages whose content is taller than the page (a table row taller than a page). */
  overfullPages: number[];
}

/** Planning works to a point less than the page allows, so rounding in pdfmake can never push a line over. */
const SLACK = 1;
/** Note lines carried over from the page before may take at most this share of a page that has text of its own. */
const CARRIED_SHARE = 0.5;

interface PageEnd {
  end: number;
  placement: NotePlacement;
  /** The height of the page's text. */
  used: number;
}

interface NotePlacement {
  ok: boolean;
  slices: NoteSlice[];
  carried: NoteSlice[];
  height: number;
  displaced: number[];
}

/**
 * Breaks the items into pages. A page ends at the last item whose notes still fit; it never
 * ends after an item that keeps with the next unless nothing else fits. A note too long for
 * the room left starts on its mark's page and continues at the foot of the next.
 */
export function planPages(items: readonly PageItem[], noteLines: ReadonlyMap<number, readonly number[]>, frame: PageFrame): PagePlan {
  const capacity = frame.bodyHeight - SLACK;
  const pages: PlannedPage[] = [];
  const displaced: number[] = [];
  const overfull: number[] = [];
  const notes = new NoteArea(noteLines, frame);
  // A note's mark can reach the planner twice (a mark broken over two lines, a cell laid out twice); its note is set once.
  const started = new Set<number>();
  const notesOf = (item: PageItem, already: readonly number[]): number[] => item.notes.filter((note, position) => !started.has(note) && !already.includes(note) && item.notes.indexOf(note) === position);
  let carried: NoteSlice[] = [];
  let next = 0;
  while (next < items.length || carried.length > 0) {
    if (next >= items.length) {
      // Only continued notes are left: they take whole pages.
      const placement = notes.place(carried, [], capacity, { forced: true, othersOnPage: false });
      pages.push({ items: [], notes: placement.slices, notesHeight: placement.height });
      carried = placement.carried;
      continue;
    }
    const start = next;
    const repeat = start > 0 ? (items[start] as PageItem).repeatAtTop : [];
    const headerHeight = repeat.reduce((total, index, position) => total + (position === 0 ? (items[index] as PageItem).heightAtTop : (items[index] as PageItem).gapBefore + (items[index] as PageItem).height), 0);
    const pageEnd = (splitNotes: boolean): { lastBreak: PageEnd | null; lastFit: PageEnd | null } => {
      let used = headerHeight;
      const fresh: number[] = [];
      let lastFit: PageEnd | null = null;
      let lastBreak: PageEnd | null = null;
      for (let index = start; index < items.length; index += 1) {
        const item = items[index] as PageItem;
        used += index === start ? (repeat.length > 0 ? item.gapBefore + item.height : item.heightAtTop) : item.gapBefore + item.height;
        fresh.push(...notesOf(item, fresh));
        const placement = notes.place(carried, fresh, capacity - used, { forced: false, othersOnPage: true, splitLast: splitNotes });
        // Each further item only adds height and notes: once one does not fit, none after it will.
        if (!placement.ok || used > capacity) break;
        lastFit = { end: index, placement, used };
        if (!item.keepWithNext || index === items.length - 1) lastBreak = lastFit;
      }
      return { lastBreak, lastFit };
    };
    // A note is split over two pages only when keeping it whole would leave half the page empty.
    const whole = pageEnd(false);
    const wholeEnough = whole.lastBreak && (whole.lastBreak.end === items.length - 1 || whole.lastBreak.used + whole.lastBreak.placement.height >= capacity * CARRIED_SHARE);
    const { lastBreak, lastFit } = wholeEnough ? whole : pageEnd(true);
    const chosen = lastBreak ?? lastFit;
    let end: number;
    let placement: NotePlacement;
    if (chosen) {
      ({ end, placement } = chosen);
    } else {
      // Not even one item fits with its notes: it goes on the page anyway, its notes where they can.
      end = start;
      const item = items[start] as PageItem;
      const height = headerHeight + (repeat.length > 0 ? item.gapBefore + item.height : item.heightAtTop);
      if (height > capacity) overfull.push(pages.length + 1);
      placement = notes.place(carried, notesOf(item, []), Math.max(0, capacity - height), { forced: true, othersOnPage: true });
    }
    displaced.push(...placement.displaced);
    for (const slice of placement.slices) started.add(slice.note);
    pages.push({
      items: [...repeat.map((index) => ({ index, repeated: true })), ...range(start, end + 1).map((index) => ({ index, repeated: false }))],
      notes: placement.slices,
      notesHeight: placement.height,
    });
    carried = placement.carried;
    next = end + 1;
  }
  return { pages, displacedNotes: displaced, overfullPages: overfull };
}

class NoteArea {
  constructor(
    private readonly lines: ReadonlyMap<number, readonly number[]>,
    private readonly frame: PageFrame,
  ) {}

  /**
   * Fills a page's note area, in reading order: the lines carried over from the page before,
   * then the notes of this page's marks. Every note marked on the page must start on it, and
   * only the last of them may continue on the next page (none, with `splitLast` false); `forced` relaxes both, carrying
   * whatever does not fit (a note carried whole is displaced from its mark's page).
   */
  place(carried: readonly NoteSlice[], fresh: readonly number[], room: number, options: { forced: boolean; othersOnPage: boolean; splitLast?: boolean }): NotePlacement {
    const slices: NoteSlice[] = [];
    const leftOver: NoteSlice[] = [];
    const displaced: number[] = [];
    let height = 0;
    const cost = (lineHeight: number, startsSlice: boolean) => lineHeight + (slices.length === 0 && startsSlice ? this.frame.separatorHeight : 0) + (slices.length > 0 && startsSlice ? this.frame.betweenNotes : 0);
    const fill = (slice: NoteSlice, limit: number): NoteSlice | null => {
      const heights = this.lines.get(slice.note) ?? [];
      let to = slice.from;
      while (to < slice.to && height + cost(heights[to] ?? 0, to === slice.from) <= limit) {
        height += cost(heights[to] ?? 0, to === slice.from);
        if (to === slice.from) slices.push({ note: slice.note, from: slice.from, to: slice.from + 1 });
        else (slices[slices.length - 1] as NoteSlice).to = to + 1;
        to += 1;
      }
      return to < slice.to ? { note: slice.note, from: to, to: slice.to } : null;
    };

    // Continued notes come first and keep their room whatever else the page holds, so they can never be pushed on for ever.
    // A forced page has no room to spare: there, notes only take what is left, and never overlap the text.
    const share = options.othersOnPage ? this.frame.bodyHeight * CARRIED_SHARE : room;
    const carriedLimit = options.forced ? Math.min(share, room) : share;
    for (const slice of carried) {
      const rest = leftOver.length > 0 ? slice : fill(slice, carriedLimit);
      if (rest) leftOver.push(rest);
    }
    let ok = true;
    for (const note of fresh) {
      const whole: NoteSlice = { note, from: 0, to: (this.lines.get(note) ?? []).length };
      // A note may not start before the notes above it are done: reading order at the foot of the page.
      const blocked = leftOver.length > 0;
      const rest = blocked ? whole : fill(whole, room);
      if (rest === null) continue;
      if (rest.from === 0) {
        ok = false;
        displaced.push(note);
      } else if (fresh.indexOf(note) < fresh.length - 1 || options.splitLast === false) {
        ok = false;
      }
      leftOver.push(rest);
    }
    if (height > room) ok = false;
    if (!options.forced && !ok) return { ok: false, slices: [], carried: [], height: 0, displaced: [] };
    if (options.forced && slices.length === 0 && leftOver.length > 0 && !options.othersOnPage) {
      // A page of notes alone always takes at least one line, so a note line taller than a page cannot stall.
      const first = leftOver.shift() as NoteSlice;
      height += this.frame.separatorHeight + (this.lines.get(first.note)?.[first.from] ?? 0);
      slices.push({ note: first.note, from: first.from, to: first.from + 1 });
      if (first.from + 1 < first.to) leftOver.unshift({ note: first.note, from: first.from + 1, to: first.to });
    }
    return { ok: true, slices, carried: leftOver, height, displaced: options.forced ? displaced : [] };
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}

import { describe, expect, it } from 'vitest';
import { planPages, type PageItem } from '../../../core/export/pdf/paginate';

const FRAME = { bodyHeight: 101, separatorHeight: 10, betweenNotes: 0 };

function line(notes: number[] = [], extra: Partial<PageItem> = {}): PageItem {
  return { height: 10, heightAtTop: 10, gapBefore: 0, keepWithNext: false, notes, repeatAtTop: [], ...extra };
}

/** The planned pages as item indices. */
const itemsOf = (plan: ReturnType<typeof planPages>) => plan.pages.map((page) => page.items.map((item) => item.index));

describe('planning pages with footnotes', () => {
  it('fills a page with text when there are no notes', () => {
    const plan = planPages(Array.from({ length: 25 }, () => line()), new Map(), FRAME);
    expect(itemsOf(plan)).toEqual([
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      [10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
      [20, 21, 22, 23, 24],
    ]);
  });

  it('keeps room at the foot of the page for the notes marked on it', () => {
    const items = [line(), line([1]), ...Array.from({ length: 10 }, () => line())];
    const plan = planPages(items, new Map([[1, [10, 10]]]), FRAME);
    // 10 lines of room less the separator and two note lines: 7 lines of text.
    expect(itemsOf(plan)[0]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(plan.pages[0]?.notes).toEqual([{ note: 1, from: 0, to: 2 }]);
    expect(plan.pages[0]?.notesHeight).toBe(30);
  });

  it('sets a note once when its mark reaches the plan twice (a mark broken over two lines)', () => {
    const items = [line([1]), line([1, 2, 2]), ...Array.from({ length: 12 }, () => line()), line([1])];
    const plan = planPages(items, new Map([[1, [10]], [2, [10]]]), FRAME);
    const placed = plan.pages.flatMap((page) => page.notes.map((slice) => slice.note));
    expect(placed).toEqual([1, 2]);
  });

  it('moves a line to the next page with its note rather than part the two', () => {
    const items = [...Array.from({ length: 8 }, () => line()), line([1]), line()];
    const plan = planPages(items, new Map([[1, [10, 10]]]), FRAME);
    expect(itemsOf(plan)).toEqual([[0, 1, 2, 3, 4, 5, 6, 7], [8, 9]]);
    expect(plan.pages[1]?.notes).toEqual([{ note: 1, from: 0, to: 2 }]);
  });

  it('starts a note too long for one page on its mark’s page and continues it, in order, on the next ones', () => {
    const items = [line([1]), ...Array.from({ length: 12 }, () => line())];
    const plan = planPages(items, new Map([[1, Array.from({ length: 12 }, () => 10)]]), FRAME);
    const slices = plan.pages.flatMap((page) => page.notes);
    expect(plan.pages[0]?.notes[0]).toMatchObject({ note: 1, from: 0 });
    slices.forEach((slice, index) => expect(slice.from).toBe(index === 0 ? 0 : slices[index - 1]?.to));
    expect(slices.at(-1)?.to).toBe(12);
    expect(plan.displacedNotes).toEqual([]);
    // A note carried over takes at most half of a page that has text of its own.
    plan.pages.slice(1).forEach((page) => {
      if (page.items.length > 0) expect(page.notesHeight).toBeLessThanOrEqual(FRAME.bodyHeight / 2);
    });
  });

  it('keeps a note whole on the next page rather than split it, when that costs little', () => {
    const items = [...Array.from({ length: 7 }, () => line()), line([1]), line()];
    const plan = planPages(items, new Map([[1, [10, 10, 10]]]), FRAME);
    expect(plan.pages.map((page) => page.notes)).toEqual([[], [{ note: 1, from: 0, to: 3 }]]);
  });

  it('never ends a page after a line that keeps with the next', () => {
    const items = [...Array.from({ length: 9 }, () => line()), line([], { keepWithNext: true }), line()];
    expect(itemsOf(planPages(items, new Map(), FRAME))).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8], [9, 10]]);
  });

  it('repeats a table’s header rows on the page a table runs onto, with the top rule drawn', () => {
    const header = line([], { keepWithNext: true, heightAtTop: 10 });
    const row = (index: number) => line([], { repeatAtTop: [index], height: 10, heightAtTop: 10.5 });
    const items = [...Array.from({ length: 8 }, () => line()), header, row(8), row(8), row(8)];
    const plan = planPages(items, new Map(), FRAME);
    expect(plan.pages[1]?.items).toEqual([
      { index: 8, repeated: true },
      { index: 10, repeated: false },
      { index: 11, repeated: false },
    ]);
  });

  it('drops the space above a line at the top of a page', () => {
    const items = Array.from({ length: 12 }, () => line([], { gapBefore: 5 }));
    // The first line of each page has no gap: 10 + 6 × 15 = 100 fits seven lines.
    expect(itemsOf(planPages(items, new Map(), FRAME)).map((page) => page.length)).toEqual([7, 5]);
  });

  it('still places an item taller than a page, and says so', () => {
    const plan = planPages([line([], { height: 300, heightAtTop: 300 }), line()], new Map(), FRAME);
    expect(itemsOf(plan)).toEqual([[0], [1]]);
    expect(plan.overfullPages).toEqual([1]);
  });
});

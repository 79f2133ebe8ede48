import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyIdCounter, BodyDeltaReader, BodyDeltaWriter, BodyDeltaSchema, type BodyDelta } from '../../../core/document/body-delta';
import type { DocumentBody, SerializedBodyNode } from '../../../core/document/schema';
import { BriefError } from '../../../core/errors';
import { propertySeed } from '../property-seed';

const paragraph = (text: string): SerializedBodyNode => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text } as SerializedBodyNode] });
const body = (...blocks: SerializedBodyNode[]): DocumentBody => ({ root: { type: 'root', version: 1, direction: 'ltr', children: blocks } });

/** What crosses to a worker or the host is copied (structured clone, or JSON): a reused block must go as a number, not as the object. */
const crossed = (delta: BodyDelta): BodyDelta => BodyDeltaSchema.parse(JSON.parse(JSON.stringify(delta)));

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (thrown) {
    return thrown instanceof BriefError ? thrown.code : 'not a BriefError';
  }
};

describe('a body sent as a change to the last one the receiver took', () => {
  it('sends every block the first time, then only those that changed, and the receiver rebuilds the whole body', () => {
    const writer = new BodyDeltaWriter();
    const reader = new BodyDeltaReader();
    const [a, b, c] = [paragraph('One.'), paragraph('Two.'), paragraph('Three.')];

    const first = writer.delta(body(a, b, c));
    expect(first.delta.base).toBeNull();
    expect(first.delta.blocks.every((block) => typeof block === 'object')).toBe(true);
    expect(reader.body(crossed(first.delta))).toEqual(body(a, b, c));
    first.accept();

    const edited = paragraph('Two, edited.');
    const inserted = paragraph('Between.');
    const second = writer.delta(body(a, inserted, edited, c));
    expect(second.delta.base).toBe(first.delta.id);
    expect(second.delta.blocks).toEqual([0, inserted, edited, 2]);
    expect(reader.body(crossed(second.delta))).toEqual(body(a, inserted, edited, c));
    second.accept();

    // Positions refer to the body accepted last, not the first one.
    const third = writer.delta(body(c, a));
    expect(third.delta.blocks).toEqual([3, 0]);
    expect(reader.body(crossed(third.delta))).toEqual(body(c, a));
  });

  it('tells the next change against the last body accepted, when one sent since was not', () => {
    const writer = new BodyDeltaWriter();
    const [a, b] = [paragraph('One.'), paragraph('Two.')];
    const first = writer.delta(body(a));
    first.accept();
    const refused = writer.delta(body(b));
    expect(refused.delta.blocks).toEqual([b]);
    const next = writer.delta(body(a, b));
    expect(next.delta.base).toBe(first.delta.id);
    expect(next.delta.blocks).toEqual([0, b]);
  });

  it('refuses a change to a body it no longer has as stale, and one naming a block never sent as invalid', () => {
    const writer = new BodyDeltaWriter();
    const first = writer.delta(body(paragraph('One.')));
    first.accept();
    const change = writer.delta(body(paragraph('One.'), paragraph('Two.'))).delta;
    // A receiver that never took the first body (a restarted host) cannot rebuild the change.
    expect(codeOf(() => new BodyDeltaReader().body(change))).toBe('stale-body');

    const reader = new BodyDeltaReader();
    reader.body(first.delta);
    expect(codeOf(() => reader.body({ base: first.delta.id, id: 9, root: { type: 'root', version: 1 }, blocks: [4] }))).toBe('invalid-request');

    // Once the writer forgets, the body goes whole and any receiver takes it.
    writer.forget();
    const whole = writer.delta(body(paragraph('One.'), paragraph('Two.'))).delta;
    expect(whole.base).toBeNull();
    expect(new BodyDeltaReader().body(whole).root.children).toHaveLength(2);
  });

  it('rebuilds exactly the body sent after any edits, whether sends were lost on the way there or their answer on the way back', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string() }),
      fc.record({ kind: fc.constant('change' as const), at: fc.nat(), text: fc.string() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    );
    const round = fc.record({ edits: fc.array(edit, { maxLength: 6 }), outcome: fc.constantFrom('answered', 'lost on the way', 'answer lost') });
    fc.assert(
      fc.property(fc.array(round, { minLength: 1, maxLength: 12 }), (rounds) => {
        const writer = new BodyDeltaWriter();
        const reader = new BodyDeltaReader();
        let blocks = [paragraph('Start.')];
        for (const { edits, outcome } of rounds) {
          blocks = [...blocks];
          for (const step of edits) {
            const at = blocks.length === 0 ? 0 : step.at % blocks.length;
            if (step.kind === 'insert') blocks.splice(at, 0, paragraph(step.text));
            else if (step.kind === 'change' && blocks.length > 0) blocks[at] = paragraph(step.text);
            else if (step.kind === 'remove') blocks.splice(at, 1);
            else if (step.kind === 'move' && blocks.length > 0) blocks.splice(step.to % blocks.length, 0, ...blocks.splice(at, 1));
          }
          const { delta, accept } = writer.delta(body(...blocks));
          if (outcome === 'lost on the way') continue;
          let rebuilt: DocumentBody;
          try {
            rebuilt = reader.body(crossed(delta));
          } catch (thrown) {
            // Only a change to a body the sender never learnt was taken is refused; sent again whole, it is taken.
            expect(thrown instanceof BriefError && thrown.code).toBe('stale-body');
            writer.forget();
            const again = writer.delta(body(...blocks));
            rebuilt = reader.body(crossed(again.delta));
            again.accept();
            expect(rebuilt).toEqual(body(...blocks));
            continue;
          }
          expect(rebuilt).toEqual(body(...blocks));
          if (outcome === 'answered') accept();
        }
      }),
      { seed: propertySeed(), numRuns: 300 },
    );
  });
});

describe('a body told as a change to the one the window opened', () => {
  /** The editor's blocks are its own objects: equal in content to the opened ones, never the same. */
  const editorCopy = (opened: DocumentBody): SerializedBodyNode[] => structuredClone(opened.root.children);

  /** A page and a host that both hold `opened` under the id the page gave it (the host its own copy, as sent). */
  function openedOnBothSides(opened: DocumentBody) {
    const ids = bodyIdCounter();
    const writer = new BodyDeltaWriter(ids);
    const reader = new BodyDeltaReader();
    const openedId = ids();
    writer.opened(openedId, opened);
    reader.opened(openedId, structuredClone(opened));
    return { writer, reader, openedId };
  }

  it('sends the blocks that are as opened as positions, matched by content, even with blocks added or removed before them', () => {
    const opened = body(paragraph('One.'), paragraph('Two.'), paragraph('Three.'), paragraph('Four.'));
    const { writer, reader, openedId } = openedOnBothSides(opened);

    const [one, two, three, four] = editorCopy(opened) as [SerializedBodyNode, SerializedBodyNode, SerializedBodyNode, SerializedBodyNode];
    // A block's members in another order write other JSON but are the same block.
    const reordered = { children: two.children, version: 1, type: 'paragraph' } as SerializedBodyNode;
    const added = paragraph('Added first.');
    const changed = paragraph('Three, changed.');
    const first = writer.delta(body(added, one, reordered, changed, four));
    expect(first.delta.base).toBe(openedId);
    expect(first.delta.id).not.toBe(openedId);
    expect(first.delta.blocks).toEqual([added, 0, 1, changed, 3]);
    expect(reader.body(crossed(first.delta))).toEqual(body(added, one, two, changed, four));
    first.accept();

    // Once a body is accepted, the next change is told against it, by identity.
    const second = writer.delta(body(added, one, three));
    expect(second.delta.base).toBe(first.delta.id);
    expect(second.delta.blocks).toEqual([0, 1, three]);
    expect(reader.body(crossed(second.delta))).toEqual(body(added, one, three));
  });

  it('is refused as stale by a receiver that opened another body since, and then goes whole', () => {
    const ids = bodyIdCounter();
    const writer = new BodyDeltaWriter(ids);
    const reader = new BodyDeltaReader();
    const opened = body(paragraph('One.'), paragraph('Two.'));
    const earlier = ids();
    writer.opened(earlier, opened);
    // The host opened another document for the window, and its answer never reached the page.
    reader.opened(ids(), body(paragraph('Elsewhere.')));
    const change = writer.delta(body(...editorCopy(opened), paragraph('Three.'))).delta;
    expect(change.blocks).toEqual([0, 1, paragraph('Three.')]);
    expect(codeOf(() => reader.body(crossed(change)))).toBe('stale-body');
    writer.forget();
    const whole = writer.delta(body(...editorCopy(opened), paragraph('Three.'))).delta;
    expect(whole.base).toBeNull();
    expect(reader.body(crossed(whole))).toEqual(body(paragraph('One.'), paragraph('Two.'), paragraph('Three.')));
  });

  it('rebuilds exactly the body sent after any edits to an opened body', () => {
    const texts = fc.array(fc.string({ maxLength: 8 }), { maxLength: 12 });
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('change' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(texts, fc.array(edit, { maxLength: 8 }), (openedTexts, edits) => {
        const opened = body(...openedTexts.map(paragraph));
        const { writer, reader } = openedOnBothSides(opened);
        const blocks = editorCopy(opened);
        for (const step of edits) {
          const at = blocks.length === 0 ? 0 : step.at % blocks.length;
          if (step.kind === 'insert') blocks.splice(at, 0, paragraph(step.text));
          else if (step.kind === 'change' && blocks.length > 0) blocks[at] = paragraph(step.text);
          else if (step.kind === 'remove') blocks.splice(at, 1);
        }
        const { delta } = writer.delta(body(...blocks));
        expect(reader.body(crossed(delta))).toEqual(body(...blocks));
      }),
      { seed: propertySeed(), numRuns: 300 },
    );
  });
});

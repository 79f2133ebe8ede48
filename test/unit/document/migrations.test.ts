import { describe, expect, it } from 'vitest';
import { migrateForward, type Migration, type RawParts } from '../../../core/document/migrations';
import { BriefError } from '../../../core/errors';

const formatZero: RawParts = { formatVersion: 0, document: { heading: 'Old title' }, body: {}, sources: [], media: {} };

describe('format migrations', () => {
  it('runs each registered step in order up to the target format', () => {
    const steps = new Map<number, Migration>([
      [0, (parts) => ({ ...parts, formatVersion: 1, document: { title: (parts.document as { heading: string }).heading } })],
      [1, (parts) => ({ ...parts, formatVersion: 2, document: { ...(parts.document as object), upgraded: true } })],
    ]);
    expect(migrateForward(formatZero, steps, 2)).toEqual({ ...formatZero, formatVersion: 2, document: { title: 'Old title', upgraded: true } });
  });

  it('leaves a current file untouched', () => {
    const current = { ...formatZero, formatVersion: 1 };
    expect(migrateForward(current, new Map(), 1)).toBe(current);
  });

  it('says plainly when no step exists for an old format', () => {
    expect(() => migrateForward(formatZero, new Map(), 1)).toThrow(BriefError);
    expect(() => migrateForward(formatZero, new Map(), 1)).toThrow('uses format 0');
  });

  it('rejects a step that skips or repeats a version', () => {
    const broken = new Map<number, Migration>([[0, (parts) => ({ ...parts, formatVersion: 0 })]]);
    expect(() => migrateForward(formatZero, broken, 1)).toThrow('upgrade step is broken');
  });
});

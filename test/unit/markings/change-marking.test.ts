import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../core/errors';
import { changeDocumentMarking } from '../../../core/markings/change-marking';
import { documentOf, marked, para } from '../checks/builders';

const NOW = new Date('2026-11-30T09:00:00Z');

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof BriefError) return thrown.message;
    throw thrown;
  }
  throw new Error('it was allowed');
}

describe('changing the document’s marking', () => {
  const document = () => documentOf([marked('C', para('Forces began inspections.'))], { marking: { scheme: 'us', level: 'S', controls: ['NF'] } });

  it('raises it freely, recording nothing', () => {
    expect(changeDocumentMarking(document(), { level: 'TS', controls: ['NF'] }, { now: NOW })).toEqual({ scheme: 'us', level: 'TS', controls: ['NF'] });
  });

  it('lowers it only with a reason, which is recorded with the marks before and after', () => {
    expect(refusal(() => changeDocumentMarking(document(), { level: 'C', controls: [] }, { now: NOW }))).toBe('Say why the marking is lowered; the reason is kept with the document.');
    const lowered = changeDocumentMarking(document(), { level: 'C', controls: [] }, { reason: 'The source cable was downgraded.', now: NOW });
    expect(lowered).toEqual({ scheme: 'us', level: 'C', controls: [], changes: [{ from: 'S//NF', to: 'C', reason: 'The source cable was downgraded.', at: '2026-11-30T09:00:00.000Z' }] });
  });

  it('counts taking a control away, or releasing to more countries, as lowering; releasing to fewer is not', () => {
    expect(refusal(() => changeDocumentMarking(document(), { level: 'S', controls: [] }, { now: NOW }))).toMatch(/^Say why/);
    const released = documentOf([marked('C//REL TO USA, AUS, GBR', para('Text.'))], { marking: { scheme: 'us', level: 'S', controls: ['REL TO USA, GBR'] } });
    expect(refusal(() => changeDocumentMarking(released, { level: 'S', controls: ['REL TO USA, AUS, GBR'] }, { now: NOW }))).toMatch(/^Say why/);
    released.marking.controls = ['REL TO USA, AUS, GBR'];
    expect(changeDocumentMarking(released, { level: 'S', controls: ['REL TO USA, GBR'] }, { now: NOW }).changes).toBeUndefined();
  });

  it('never sets it below the portions', () => {
    expect(refusal(() => changeDocumentMarking(document(), { level: 'U', controls: [] }, { reason: 'Wrong.', now: NOW }))).toBe('The document’s marking cannot be below its portions: they need CONFIDENTIAL. Change the portions first.');
    const noForn = documentOf([marked('S//NF', para('Text.'))], { marking: { scheme: 'us', level: 'S', controls: ['NF'] } });
    expect(refusal(() => changeDocumentMarking(noForn, { level: 'S', controls: [] }, { reason: 'Releasable.', now: NOW }))).toBe('The document’s marking cannot be below its portions: they need SECRET//NOFORN. Change the portions first.');
  });
});

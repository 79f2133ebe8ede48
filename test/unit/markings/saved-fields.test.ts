import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../core/checks/run-checks';
import { BRIEF_MIME_TYPE, decodeBrief, encodeBrief } from '../../../core/document/container';
import { BriefDocumentSchema, CURRENT_FORMAT_VERSION, MarkingChangeSchema } from '../../../core/document/schema';
import { documentOf, marked, para, section } from '../checks/builders';

/** A format-2 file as Briefwright wrote it before marking changes, title portions, custom schemes and reviews existed. */
function fileWrittenBeforeMarkings(): Uint8Array {
  const json = (value: unknown) => strToU8(JSON.stringify(value));
  return zipSync({
    mimetype: [strToU8(BRIEF_MIME_TYPE), { level: 0 }],
    'manifest.json': json({ formatVersion: 2, generator: 'Briefwright' }),
    'document.json': json({
      metadata: { title: 'Readout', templateId: 'meeting-readout', author: 'Analyst', created: '2026-11-01T09:00:00.000Z', modified: '2026-11-01T09:00:00.000Z', fields: {} },
      marking: { scheme: 'us', level: 'S', controls: ['NF'] },
      settings: { citationStyle: 'notes', yardstick: 'icd-203', notes: 'footnotes' },
    }),
    'body.json': json({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Forces began inspections.' }] }] } }),
    'sources.json': json([]),
  });
}

describe('the fields markings and checks add to a document', () => {
  it('leave a document saved before them opening unchanged, at format 2', () => {
    const document = decodeBrief(fileWrittenBeforeMarkings());
    expect(CURRENT_FORMAT_VERSION).toBe(2);
    expect(document.formatVersion).toBe(2);
    expect(document.marking).toEqual({ scheme: 'us', level: 'S', controls: ['NF'] });
    expect(document.review).toBeUndefined();
    // The checks read the absent fields as their defaults: no title portion, nothing dismissed.
    expect(runChecks(document).map((finding) => [finding.rule, finding.dismissed])).toEqual([
      ['markings.unmarked-portion', null],
      ['markings.unmarked-portion', null],
    ]);
  });

  it('travel with the document: a lowering with its reason, the title’s portion, a custom scheme', () => {
    const document = documentOf([section('reporting', 'Key points'), marked('I', para('Forces began inspections.'))], {
      title: 'Readout',
      marking: {
        scheme: 'acme',
        level: 'I',
        controls: [],
        titlePortion: 'P',
        changes: [{ from: 'R', to: 'I', reason: 'The restricted annex was removed.', at: '2026-11-02T10:00:00.000Z' }],
        customScheme: { id: 'acme', name: 'ACME handling', levels: [{ portion: 'P', banner: 'ACME PUBLIC' }, { portion: 'I', banner: 'ACME INTERNAL' }, { portion: 'R', banner: 'ACME RESTRICTED' }] },
      },
    });
    expect(decodeBrief(encodeBrief(document)).marking).toEqual(document.marking);
  });

  it('keep the analyst’s dismissals in the saved file', () => {
    const document = { ...documentOf([para('Text.')]), review: { dismissed: [{ rule: 'language.hedge', fingerprint: 'language.hedge|1|2|0', reason: 'Quoted from the minister.', at: '2026-11-02T10:00:00.000Z' }] } };
    expect(decodeBrief(encodeBrief(document)).review).toEqual(document.review);
  });

  it('are accepted by the document schema the host contract checks, review included', () => {
    const document = documentOf([para('Text.')]);
    expect(BriefDocumentSchema.parse(document)).toEqual(document);
    const reviewed = { ...document, review: { dismissed: [{ rule: 'language.hedge', fingerprint: 'language.hedge|1|2|0', reason: 'Quoted from the minister.', at: '2026-11-02T10:00:00.000Z' }] } };
    expect(BriefDocumentSchema.parse(reviewed)).toEqual(reviewed);
  });

  it('record a lowering only with a reason', () => {
    expect(MarkingChangeSchema.safeParse({ from: 'S', to: 'C', reason: '', at: '2026-11-02T10:00:00.000Z' }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../core/document/create';
import { defaultExportFileName } from '../../../core/export/file-name';
import { buildExportModel } from '../../../core/export/model';

// The exported banner is the rolled-up marking: a SECRET paragraph in a document set to
// UNCLASSIFIED raises the banner on every page, as it does in the checks.
describe('the exported banner', () => {
  const document = createDocument({ now: new Date('2026-11-29T10:00:00Z') });
  document.marking = { ...document.marking, scheme: 'us', level: 'U', controls: [] };
  document.body = {
    root: {
      type: 'root',
      version: 1,
      children: [
        { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Unclassified context.', format: 0 }], $: { portion: 'U' } },
        { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'A secret detail.', format: 0 }], $: { portion: 'S//NF' } },
      ],
    },
  };

  it('rises to the highest portion with its controls', () => {
    const { model } = buildExportModel(document, { notes: 'footnotes', includeSourceList: false, distribution: false });
    expect(model.banner).toMatchObject({ text: 'SECRET//NOFORN', kind: 'classification' });
  });

  it('names the file with the rolled-up marking', () => {
    expect(defaultExportFileName(document, 'pdf', { distribution: false })).toMatch(/\[SECRET-NOFORN\]\.pdf$/);
  });
});

import { describe, expect, it } from 'vitest';
import { captureSource } from '../../../../core/sources/capture/capture-source';
import { sourceExtractors } from '../../../../electron/services/source-extractors';
import { captureOptions } from '../../../fixtures/sources/capture-fixtures';
import { makeDocx } from '../../../fixtures/sources/docx-bytes';
import { makePdf, setLines } from '../../../fixtures/sources/pdf-bytes';

const options = () => captureOptions(sourceExtractors);

/** A two-page report: a title, wrapped paragraphs, a hyphen at a line's end, page numbers. */
function reportPdf(): Uint8Array {
  return makePdf([
    {
      lines: [
        ...setLines([
          ['Northshire Harbour Authority: berth closures report'],
          ['The harbour authority closed two berths on Monday after a crane', 'failure, the port’s operations office said in a statement.'],
          ['Repairs are expected to take “three weeks” and counter-', 'measures are in place for the ferries in the meantime.'],
        ]),
        { x: 300, y: 40, size: 9, text: '1' },
      ],
    },
    {
      lines: [...setLines([['The authority will publish a revised schedule for the south', 'berths once the repairs have begun.']]), { x: 300, y: 40, size: 9, text: '2' }],
    },
  ]);
}

describe('capturing a PDF', () => {
  it('keeps its paragraphs, joining wrapped lines by their spacing, and leaves page numbers out', async () => {
    const { source } = await captureSource({ fileName: 'berth-report.pdf', bytes: reportPdf() }, options());
    expect(source.snapshot?.format).toBe('pdf');
    expect(source.snapshot?.text).toBe(
      [
        'The harbour authority closed two berths on Monday after a crane failure, the port’s operations office said in a statement.',
        'Repairs are expected to take “three weeks” and counter-measures are in place for the ferries in the meantime.',
        'The authority will publish a revised schedule for the south berths once the repairs have begun.',
      ].join('\n\n'),
    );
    expect(source.title).toBe('Northshire Harbour Authority: berth closures report');
    expect(source.snapshot?.dropped).toEqual(['Northshire Harbour Authority: berth closures report', '1', '2']);
  });

  it('finds a PDF by its first bytes, whatever its name', async () => {
    const { source } = await captureSource({ fileName: 'download', bytes: reportPdf() }, options());
    expect(source.snapshot?.format).toBe('pdf');
  });

  it('refuses a PDF without a text layer, suggesting OCR', async () => {
    const scan = makePdf([{ lines: [], drawing: '0.5 g 72 72 468 648 re f' }, { lines: [], drawing: '0.5 g 72 72 468 648 re f' }]);
    await expect(captureSource({ fileName: 'scanned-letter.pdf', bytes: scan }, options())).rejects.toMatchObject({
      code: 'unsupported',
      message: '“scanned-letter.pdf” has no text layer: its 2 pages are images, probably a scan. Run it through OCR (text recognition) in another tool first, then add the searchable PDF it makes.',
    });
  });

  it('asks for a copy without the password when the PDF is protected', async () => {
    const locked = makePdf([{ lines: setLines([['Confidential berth schedule for the summer season, not for distribution.']]) }], { passwordProtected: true });
    await expect(captureSource({ fileName: 'locked.pdf', bytes: locked }, options())).rejects.toMatchObject({
      code: 'unsupported',
      message: 'This PDF is protected by a password. Open it in a PDF reader, save a copy without the password, and add that.',
    });
  });

  it('says a damaged PDF is damaged', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.4\nthis is not a PDF body at all\n');
    await expect(captureSource({ fileName: 'broken.pdf', bytes: damaged }, options())).rejects.toMatchObject({ code: 'damaged-file', message: '“broken.pdf” could not be read as a PDF; it may be damaged.' });
  });

  it('leaves the caller’s bytes whole (pdf.js takes the buffer it is given)', async () => {
    const bytes = reportPdf();
    const length = bytes.length;
    await captureSource({ fileName: 'berth-report.pdf', bytes }, options());
    expect(bytes.length).toBe(length);
  });
});

describe('capturing a Word document', () => {
  it('keeps its paragraphs and reads its header lines', async () => {
    const docx = makeDocx([
      'Readout: harbour master – ferry operators',
      '14 March 2023',
      'The harbour master said the two berths would reopen after the repairs, which he expected to last three weeks.',
      'The operators asked for the fee rise to be delayed until the autumn; the harbour master agreed to put it to the board.',
    ]);
    const { source } = await captureSource({ fileName: 'readout.docx', bytes: docx }, options());
    expect(source.snapshot?.format).toBe('docx');
    expect(source.title).toBe('Readout: harbour master – ferry operators');
    expect(source.issued).toBe('2023-03-14');
    expect(source.snapshot?.text).toBe(
      'The harbour master said the two berths would reopen after the repairs, which he expected to last three weeks.\n\nThe operators asked for the fee rise to be delayed until the autumn; the harbour master agreed to put it to the board.',
    );
  });

  it('keeps Arabic paragraphs exactly', async () => {
    const arabic = 'قال مدير الميناء إن الرصيفين سيعاد فتحهما بعد انتهاء أعمال الإصلاح التي قد تستغرق ثلاثة أسابيع.';
    const { source } = await captureSource({ fileName: 'ملاحظات.docx', bytes: makeDocx([arabic]) }, options());
    expect(source.snapshot?.text).toBe(arabic);
    expect(source.language).toBe('ar');
  });

  it('refuses a Word document with no text', async () => {
    await expect(captureSource({ fileName: 'blank.docx', bytes: makeDocx([]) }, options())).rejects.toMatchObject({ code: 'empty-file', message: '“blank.docx” has no text in it.' });
  });
});

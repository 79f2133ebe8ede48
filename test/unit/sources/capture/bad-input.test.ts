import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { captureSource, MAX_CAPTURE_BYTES, MAX_SNAPSHOT_CHARACTERS } from '../../../../core/sources/capture/capture-source';
import { captureOptions } from '../../../fixtures/sources/capture-fixtures';

const ACCEPTED = 'Sources can be plain text (.txt), web pages (.html, .htm), Markdown (.md), PDF (.pdf) and Word (.docx).';

/** Bytes no text format would hold: a fixed pseudo-random run with NULs and control characters. */
function binaryJunk(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[index] = state % 256;
  }
  return bytes;
}

describe('inputs that cannot be captured are refused with a message saying why', () => {
  it('an empty file', async () => {
    await expect(captureSource({ fileName: 'notes.txt', bytes: new Uint8Array() }, captureOptions())).rejects.toMatchObject({ code: 'empty-file', message: '“notes.txt” is empty.' });
  });

  it('an empty or blank paste', async () => {
    await expect(captureSource({ text: '' }, captureOptions())).rejects.toMatchObject({ code: 'empty-file', message: 'Nothing was pasted: the text is empty.' });
    await expect(captureSource({ text: ' \n\t\n' }, captureOptions())).rejects.toMatchObject({ code: 'empty-file' });
  });

  it('a file of nothing but site furniture', async () => {
    await expect(captureSource({ fileName: 'share.txt', bytes: strToU8('Share\nFacebook\nTwitter\nA+ A-') }, captureOptions())).rejects.toMatchObject({
      code: 'empty-file',
      message: '“share.txt” has no article text: everything in it is site furniture or headings (share buttons, dates, bylines).',
    });
  });

  it('binary junk, naming the formats that are accepted', async () => {
    await expect(captureSource({ fileName: 'capture.bin', bytes: binaryJunk(4096) }, captureOptions())).rejects.toMatchObject({
      code: 'unsupported',
      message: `“capture.bin” is not in a format Briefwright can capture. ${ACCEPTED}`,
    });
  });

  it('an older Word document, an RTF file and an image, each with what to do instead', async () => {
    const oldWord = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(captureSource({ fileName: 'memo.doc', bytes: oldWord }, captureOptions())).rejects.toMatchObject({
      code: 'unsupported',
      message: '“memo.doc” is an older Word (.doc) or Office file, which Briefwright cannot read. Save it as .docx in Word or LibreOffice, then add that.',
    });
    await expect(captureSource({ fileName: 'memo.rtf', bytes: strToU8('{\\rtf1\\ansi Hello}') }, captureOptions())).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('Rich Text (.rtf)') as unknown });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expect(captureSource({ fileName: 'scan.png', bytes: png }, captureOptions())).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('run the image through OCR') as unknown });
  });

  it('a zip that is not a Word document, and a file named .pdf that is not one', async () => {
    const zip = zipSync({ 'notes/readme.txt': strToU8('hello') });
    await expect(captureSource({ fileName: 'bundle.docx', bytes: zip }, captureOptions())).rejects.toMatchObject({ code: 'unsupported', message: `“bundle.docx” is a zip archive, not a Word document. ${ACCEPTED}` });
    await expect(captureSource({ fileName: 'report.pdf', bytes: strToU8('Just some text saved under the wrong name.') }, captureOptions())).rejects.toMatchObject({
      code: 'unsupported',
      message: '“report.pdf” is named as a PDF but is not one; it may be damaged or misnamed.',
    });
  });

  it('text that is not UTF-8, rather than guessing its letters', async () => {
    const windows1252 = new Uint8Array([...strToU8('Caf'), 0xe9, ...strToU8(' on the quay, said the harbour master.')]);
    await expect(captureSource({ fileName: 'note.txt', bytes: windows1252 }, captureOptions())).rejects.toMatchObject({
      code: 'unsupported',
      message: '“note.txt” is text, but not UTF-8. Save it as UTF-8 (in a text editor: Save As, encoding UTF-8) and add it again.',
    });
  });

  it('a file over 50 MB', async () => {
    const huge = new Uint8Array(MAX_CAPTURE_BYTES + 1).fill(0x61);
    await expect(captureSource({ fileName: 'dump.txt', bytes: huge }, captureOptions())).rejects.toMatchObject({
      code: 'too-large',
      message: '“dump.txt” is too large to capture as a source: 50.1 MB, and the limit is 50 MB.',
    });
  });

  it('text over 5 million characters, with the limit in words', async () => {
    const long = `${'The harbour office said the works would start in April. '.repeat(Math.ceil(MAX_SNAPSHOT_CHARACTERS / 56))}`;
    await expect(captureSource({ text: long }, captureOptions())).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/^The pasted text is too long to keep as a source: [\d,]+ characters, and the limit is 5 million characters \(roughly 800,000 words\)\. Split it and add the part you need\.$/) as unknown,
    });
  });
});

describe('text that is accepted as it is', () => {
  it('UTF-8 with a byte-order mark, and UTF-16', async () => {
    const text = 'The harbour office said on Monday that the works on the north quay would start in April.';
    const withMark = await captureSource({ fileName: 'a.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text)]) }, captureOptions());
    expect(withMark.source.snapshot?.text).toBe(text);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1) utf16[2 + index * 2] = text.charCodeAt(index);
    const fromUtf16 = await captureSource({ fileName: 'b.txt', bytes: utf16 }, captureOptions());
    expect(fromUtf16.source.snapshot?.text).toBe(text);
  });
});

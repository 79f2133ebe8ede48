import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../core/checks/run-checks';
import { encodeBrief } from '../../../core/document/container';
import { createDocument } from '../../../core/document/create';
import type { BriefDocument } from '../../../core/document/schema';
import { writeDocx } from '../../../core/export/docx/write-docx';
import { buildExportModel, type ExportOptions } from '../../../core/export/model';
import { writePdf } from '../../../core/export/pdf/write-pdf';
import { withPortion } from '../../../core/markings/body-portions';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';
import { runCli } from '../cli/run-cli';
import { unzipDocx } from './docx-readers';
import { bodyOf, heading, paragraph, text } from './fixtures';
import { POPPLER, pageTexts, pdfInfo, savePdf } from './pdf-readers';

const OVERRIDE = { reason: 'Cleared by the desk officer; the marking is being corrected.', findings: ['Portion without a mark: The camps are full. (Background)'] };
const OPTIONS: ExportOptions = { notes: 'footnotes', includeSourceList: true, distribution: false };

/** A SECRET document with a paragraph nobody marked: a blocking marking error. */
function unmarkedSecret(): BriefDocument {
  const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'Detention facilities: outlook' });
  document.marking = { scheme: 'us', level: 'S', controls: ['NF'], titlePortion: 'U' };
  return bodyOf(document, [withPortion(heading('h1', 'Background'), 'U'), withPortion(paragraph([text('Transfers are likely to resume.')]), 'S//NF'), paragraph([text('The camps are full.')])]);
}

describe('the marking override in the exported file', () => {
  it('is a custom property of the DOCX: the reason, the number of findings and each one', async () => {
    const { model } = buildExportModel(unmarkedSecret(), { ...OPTIONS, markingOverride: OVERRIDE });
    const custom = unzipDocx((await writeDocx(model)).bytes).parts['docProps/custom.xml'] ?? '';
    expect(custom).toMatch(/name="Marking override"><vt:lpwstr>Cleared by the desk officer; the marking is being corrected\.<\/vt:lpwstr>/);
    expect(custom).toMatch(/name="Marking override findings"><vt:lpwstr>1<\/vt:lpwstr>/);
    expect(custom).toMatch(/name="Marking override finding 1"><vt:lpwstr>Portion without a mark: The camps are full\. \(Background\)<\/vt:lpwstr>/);
  });

  it('is left out when there is none', async () => {
    const { model } = buildExportModel(unmarkedSecret(), OPTIONS);
    expect(unzipDocx((await writeDocx(model)).bytes).parts['docProps/custom.xml']).not.toContain('Marking override');
  });

  it.skipIf(!POPPLER)(`is a custom entry of the PDF’s information${POPPLER ? '' : ' — skipped: poppler-utils is not installed'}`, async () => {
    const { model } = buildExportModel(unmarkedSecret(), { ...OPTIONS, markingOverride: OVERRIDE });
    const path = await savePdf((await writePdf(model, await loadPdfFonts())).bytes, 'override.pdf');
    const info = pdfInfo(path);
    expect(info.MarkingOverride).toBe(OVERRIDE.reason);
    expect(info.MarkingOverrideFindings).toBe(OVERRIDE.findings[0]);
    expect(info.Marking).toBe('SECRET//NOFORN');
  });
});

describe('briefwright export and marking errors', () => {
  let folder: string;
  let brief: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-export-override-'));
    brief = join(folder, 'secret.brief');
    await writeFile(brief, encodeBrief(unmarkedSecret()));
  });

  it('refuses while a marking error stands, listing it, and writes nothing', async () => {
    const { code, stdout, stderr } = await runCli('export', brief, '--to', 'docx', '-o', join(folder, 'refused.docx'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('briefwright export: secret.brief has marking errors, so it was not exported:\n  1 error.\n');
    expect(stderr).toMatch(/^ {2}error +markings\.unmarked-portion +\[Background\] “The camps are full\.” — This portion has no portion mark/m);
    expect(stderr).toContain('--override-markings "REASON"');
    expect(await readdir(folder)).not.toContain('refused.docx');
  });

  it('exports over them with --override-markings, and records the reason and the findings in the file', async () => {
    const out = join(folder, 'overridden.docx');
    const { code, stdout, stderr } = await runCli('export', brief, '-o', out, '--override-markings', 'Cleared by the desk officer');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('  marking override recorded in the file: 1 error overridden (“Cleared by the desk officer”).\n');
    const { parts } = unzipDocx(new Uint8Array(await readFile(out)));
    expect(parts['docProps/custom.xml']).toMatch(/name="Marking override"><vt:lpwstr>Cleared by the desk officer</);
    expect(parts['docProps/custom.xml']).toMatch(/name="Marking override finding 1"><vt:lpwstr>Portion without a mark: The camps are full\. \(Background\)</);
    // The unmarked paragraph prints the document's own marking.
    expect(parts['word/document.xml']).toMatch(/\(S\/\/NF\) <\/w:t><\/w:r><w:r><w:t xml:space="preserve">The camps are full\./);
  });

  it.skipIf(!POPPLER)(`records it in a PDF too${POPPLER ? '' : ' — skipped: poppler-utils is not installed'}`, async () => {
    const out = join(folder, 'overridden.pdf');
    const { code } = await runCli('export', brief, '-o', out, '--override-markings=Cleared by the desk officer');
    expect(code).toBe(0);
    expect(pdfInfo(out).MarkingOverride).toBe('Cleared by the desk officer');
    expect(pageTexts(out, 'raw').join('\n')).toContain('(S//NF) The camps are full.');
  });

  it('exports a document whose marking errors were dismissed, recording no override', async () => {
    const document = unmarkedSecret();
    const finding = runChecks(document, { kinds: ['markings'] }).find((candidate) => candidate.rule === 'markings.unmarked-portion');
    document.review = { dismissed: [{ rule: 'markings.unmarked-portion', fingerprint: finding?.fingerprint ?? '', reason: 'Marked in the cover note.', at: '2025-03-12T10:00:00.000Z' }] };
    const path = join(folder, 'dismissed.brief');
    await writeFile(path, encodeBrief(document));
    const out = join(folder, 'dismissed.docx');
    const { code, stdout } = await runCli('export', path, '-o', out, '--override-markings', 'Not needed');
    expect(code).toBe(0);
    expect(stdout).toContain('  note: there were no marking errors to override, so no override was recorded.\n');
    expect(unzipDocx(new Uint8Array(await readFile(out))).parts['docProps/custom.xml']).not.toContain('Marking override');
  });

  it('needs a reason with --override-markings', async () => {
    expect(await runCli('export', brief, '--to', 'docx', '--override-markings', '  ')).toMatchObject({ code: 2, stderr: expect.stringContaining('--override-markings needs the reason') });
    expect(await runCli('export', brief, '--to', 'docx', '--override-markings')).toMatchObject({ code: 2, stderr: expect.stringContaining('--override-markings needs the reason') });
  });

  it('ends the export with the yardstick appendix when asked, with --yardstick-appendix', async () => {
    const out = join(folder, 'appendix.docx');
    const { code } = await runCli('export', brief, '-o', out, '--override-markings', 'Cleared', '--yardstick-appendix');
    expect(code).toBe(0);
    const documentXml = unzipDocx(new Uint8Array(await readFile(out))).parts['word/document.xml'] ?? '';
    expect(documentXml).toContain('Appendix: Estimative language');
    expect(documentXml).toContain('roughly even odds');
  });
});

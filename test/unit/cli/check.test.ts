import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliReadSlowly } from './run-cli';
import type { Finding } from '../../../core/checks/finding';
import { dismissFinding } from '../../../core/checks/review';
import { runChecks } from '../../../core/checks/run-checks';
import { encodeBrief } from '../../../core/document/container';
import type { BriefDocument } from '../../../core/document/schema';
import { sampleReadout } from '../../fixtures/documents';
import { documentOf, marked, para, section } from '../checks/builders';

/** A readout whose banner is below a portion (an error) and whose judgment hedges (a warning). */
function misMarked(): BriefDocument {
  return documentOf(
    [marked('U', section('other', 'Purpose')), marked('S//NF', para('To hear the adviser on the return of nationals.')), marked('U', section('judgment', 'Outlook')), marked('U', para('The camp may close.'))],
    { title: 'Readout', marking: { scheme: 'us', level: 'U', controls: [], titlePortion: 'U' } },
  );
}

describe('briefwright check', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-cli-'));
  });

  it('reports a sound document and exits 0', async () => {
    const path = join(folder, 'readout.brief');
    await writeFile(path, encodeBrief(sampleReadout()));
    const { code, stdout } = await runCli('check', path);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^readout\.brief: OK — format 2, “Readout: NSA – Mission Commander”, \d+ nodes, 1 sources, 1 images\.$/m);
    // Its one source is cited nowhere: a warning, which does not fail the check.
    expect(stdout).toMatch(/^ {2}1 warning\.\n {2}warning {3}source\.unused {2}— “Adviser urges repatriation of detainees” is not cited anywhere/m);
  });

  it('lists the findings after the OK line, one a line, and exits 1 while an error remains', async () => {
    const path = join(folder, 'mis-marked.brief');
    await writeFile(path, encodeBrief(misMarked()));
    const { code, stdout } = await runCli('check', path);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'mis-marked.brief: OK — format 2, “Readout”, 8 nodes, 0 sources, 0 images.',
      '  1 error, 1 warning.',
      '  error     markings.banner-below-portion  [Purpose] “UNCLASSIFIED” — The document is marked UNCLASSIFIED, but this portion is marked “(S//NF)”, so its banner must read SECRET//NOFORN: at least the highest portion, with every control the portions carry. Raise the document’s marking to SECRET//NOFORN.',
      '  warning   language.hedge                 [Outlook] “may” — “may” hedges this judgment without saying how likely it is. State the likelihood with one of the ICD 203 likelihood terms (almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain).',
      '',
    ]);
  });

  it('gives the findings as JSON with --json: rule, severity, section, words, message and where', async () => {
    const path = join(folder, 'mis-marked-json.brief');
    await writeFile(path, encodeBrief(misMarked()));
    const { code, stdout } = await runCli('check', path, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; findings: Finding[] };
    expect(report.ok).toBe(true);
    expect(report.findings.map(({ rule, severity, section, text }) => ({ rule, severity, section, text }))).toEqual([
      { rule: 'markings.banner-below-portion', severity: 'error', section: 'Purpose', text: 'UNCLASSIFIED' },
      { rule: 'language.hedge', severity: 'warning', section: 'Outlook', text: 'may' },
    ]);
    expect(report.findings[1]).toMatchObject({ kind: 'language', location: { block: 3, blockPath: [3], range: { start: 9, end: 12 } }, fix: null, dismissed: null });
    expect(report.findings[0]?.fix).toEqual({ label: 'Mark the document SECRET//NOFORN', setDocumentMarking: { level: 'S', controls: ['NF'] } });
  });

  it('writes the whole of a long JSON report to a pipe before it exits', async () => {
    const hedges = Array.from({ length: 300 }, (_, index) => marked('U', para(`Outlook ${index}: the camp may close before the winter.`)));
    const path = join(folder, 'long-report.brief');
    await writeFile(path, encodeBrief(documentOf([marked('U', section('judgment', 'Outlook')), ...hedges], { title: 'Readout', marking: { scheme: 'us', level: 'U', controls: [], titlePortion: 'U' } })));
    // A reader slower than the command: what it cannot take yet queues in the command, and process.exit used to drop the queue, cutting the report at 64 KB.
    const stdout = await runCliReadSlowly('check', path, '--json');
    expect(stdout.length).toBeGreaterThan(65_536);
    const report = JSON.parse(stdout) as { findings: Finding[] };
    expect(report.findings.filter((finding) => finding.rule === 'language.hedge')).toHaveLength(300);
  });

  it('passes once the error is dismissed with a reason, and shows the dismissal', async () => {
    const document = misMarked();
    const [error] = runChecks(document);
    document.review = dismissFinding(document, error as Finding, 'The paragraph is being declassified; the review board has it.', new Date('2026-11-30T09:00:00Z'));
    const path = join(folder, 'dismissed.brief');
    await writeFile(path, encodeBrief(document));
    const { code, stdout } = await runCli('check', path);
    expect(code).toBe(0);
    expect(stdout).toContain('  1 warning; 1 dismissed.\n');
    expect(stdout).toMatch(/^ {2}dismissed markings\.banner-below-portion .*\(dismissed: The paragraph is being declassified; the review board has it\.\)$/m);
  });

  it('names the problem of a damaged file, exits 1 and leaves the file alone', async () => {
    const path = join(folder, 'cut.brief');
    const bytes = encodeBrief(sampleReadout()).slice(0, 400);
    await writeFile(path, bytes);
    const before = await stat(path);
    const { code, stdout } = await runCli('check', path);
    expect(code).toBe(1);
    expect(stdout).toContain('cut.brief: This document is damaged and cannot be read.');
    expect(new Uint8Array(await readFile(path))).toEqual(bytes);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('gives the same message as the app, as JSON on request', async () => {
    const path = join(folder, 'notes.brief');
    await writeFile(path, '# Notes\nplain text');
    const { code, stdout } = await runCli('check', path, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      file: 'notes.brief',
      ok: false,
      error: { code: 'not-a-brief', message: 'This is not a Briefwright document (.brief).', detail: 'no zip signature' },
    });
  });

  it('explains its usage when called wrongly', async () => {
    const { code, stderr } = await runCli('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });
});

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../../core/checks/finding';
import { recordExportOverride } from '../../core/checks/review';
import type { AppInfo } from '../../core/contract';
import type { ExportProgress } from '../../core/export/types';
import { defaultExportFileName } from '../../core/export/file-name';
import { blockingMarkingFindings, findingLine } from '../../core/checks/export-gate';
import { ExportDialog, rememberedExportChoices, type ExportChoices } from '../dialogs/ExportDialog';
import type { DocumentSession } from './document-session';
import type { HostClient } from './host-client';

/** An export under way: its job id (to follow and cancel it) and the file it is writing. */
interface RunningExport {
  jobId: string;
  name: string;
}

/** How often the page asks the host how far an export has got. */
const PROGRESS_POLL_MS = 250;

/**
 * File › Export: the dialog, then the export itself, which runs in the host (on a thread of
 * its own) so typing never waits for it, with a strip that shows its stage and, where the
 * writer knows it, a progress bar, and that can cancel it.
 */
export function useExport(host: HostClient, session: DocumentSession, info: AppInfo | null, runChecks: () => Promise<Finding[]>) {
  const [choosing, setChoosing] = useState(false);
  /** The findings the dialog shows: run afresh when it opens; null while they run. */
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [running, setRunning] = useState<RunningExport | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  /** Jobs the analyst cancelled: their strip is gone already, and their answer only confirms it. */
  const cancelled = useRef(new Set<string>());
  const { currentDocument, showNotice, showProblem } = session;

  // While an export runs, ask the host how far it has got; one question at a time, so a slow answer never queues more.
  useEffect(() => {
    if (!running) return;
    let stopped = false;
    let asking = false;
    const ask = (): void => {
      if (asking) return;
      asking = true;
      void host.exportProgress({ jobId: running.jobId }).then((answer) => {
        asking = false;
        if (!stopped && answer.ok && answer.value) setProgress(answer.value);
      });
    };
    const timer = window.setInterval(ask, PROGRESS_POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      setProgress(null);
    };
  }, [host, running]);

  const run = useCallback(
    async (choices: ExportChoices, fileName: string, overrideReason: string | null) => {
      setChoosing(false);
      const overridden = overrideReason !== null && findings ? blockingMarkingFindings(findings).map(findingLine) : null;
      let path: string | null = fileName;
      if (info?.nativeDialogs) {
        const chosen = await host.showExportDialog({ suggestedName: fileName, format: choices.format });
        if (!chosen.ok) return showProblem({ error: chosen.error });
        path = chosen.value.path;
      }
      if (!path) return;
      const job = { jobId: crypto.randomUUID(), name: path.split(/[\\/]/).pop() ?? path };
      setRunning(job);
      if (overridden && overrideReason) {
        // Recorded before the export runs: the reason stands whether or not the file is then written.
        session.updateDocument((document) => ({ ...document, review: recordExportOverride(document, { reason: overrideReason, format: choices.format, findings: overridden }, new Date()) }));
      }
      const markingOverride = overridden && overrideReason ? { reason: overrideReason, findings: overridden } : undefined;
      const result = await host.exportDocument({ jobId: job.jobId, document: currentDocument(), path, ...choices, markingOverride });
      const wasCancelled = cancelled.current.delete(job.jobId);
      setRunning((current) => (current?.jobId === job.jobId ? null : current));
      if (result.ok) {
        const { warnings, file } = result.value;
        showNotice(`Exported “${file.name}”.${warnings.length > 0 ? ` Simplified: ${warnings.join(' ')}` : ''}`);
      } else if (result.error.code === 'cancelled') {
        // Said already when the analyst pressed Cancel.
        if (!wasCancelled) showNotice('Export cancelled; nothing was written.');
      } else {
        showProblem({ error: result.error });
      }
    },
    [host, info, currentDocument, showNotice, showProblem, findings, session],
  );

  const dialog = choosing ? (
    <ExportDialog
      initial={rememberedExportChoices({ format: 'docx', notes: session.open.document.settings.notes, includeSourceList: true, distribution: false, yardstickAppendix: false })}
      findings={findings}
      fileName={(choices) => defaultExportFileName(currentDocument(), choices.format, choices)}
      askForName={!info?.nativeDialogs}
      onCancel={() => setChoosing(false)}
      onExport={(choices, fileName, overrideReason) => void run(choices, fileName, overrideReason)}
    />
  ) : null;

  const cancel = useCallback(
    (job: RunningExport) => {
      // The host ends the export's thread at once and writes nothing; the strip goes now rather than after the answer.
      cancelled.current.add(job.jobId);
      setRunning(null);
      showNotice('Export cancelled; nothing was written.');
      void host.cancelExport({ jobId: job.jobId });
    },
    [host, showNotice],
  );

  const fraction = progress?.fraction ?? null;
  const strip = running ? (
    <div className="notice-bar export-progress" role="status" data-testid="export-progress">
      {fraction === null ? <span className="spinner" aria-hidden="true" /> : null}
      <span className="error-message">
        {/* The stage changes page by page: shown, and on the bar for whoever reads it, but not announced each time. */}
        Exporting “{running.name}”
        {progress ? (
          <span aria-live="off" data-testid="export-stage">
            : {progress.stage}
          </span>
        ) : null}
        … You can keep writing.
      </span>
      {fraction === null ? null : (
        <progress className="export-progress-bar" max={1} value={fraction} aria-label={`Export of “${running.name}”`} aria-valuetext={`${Math.round(fraction * 100)}%: ${progress?.stage ?? ''}`} data-testid="export-progress-bar" />
      )}
      <button type="button" className="bar-action" onClick={() => cancel(running)} data-testid="cancel-export">
        Cancel
      </button>
    </div>
  ) : null;

  const open = useCallback(() => {
    setFindings(null);
    setChoosing(true);
    runChecks().then(setFindings, (error: unknown) => {
      // Without findings the dialog cannot say what stands; it says why and lets the export go ahead.
      setFindings([]);
      showProblem({ error: { code: 'internal', message: `The checks could not run before the export: ${error instanceof Error ? error.message : String(error)}` } });
    });
  }, [runChecks, showProblem]);

  return { open, dialog, progress: strip };
}

import { useCallback, useState } from 'react';
import type { AppInfo } from '../../core/contract';
import { defaultExportFileName } from '../../core/export/file-name';
import { ExportDialog, rememberedExportChoices, type ExportChoices } from '../dialogs/ExportDialog';
import type { DocumentSession } from './document-session';
import type { HostClient } from './host-client';

/** An export under way: its job id (to cancel it) and the file it is writing. */
interface RunningExport {
  jobId: string;
  name: string;
}

/**
 * File › Export: the dialog, then the export itself, which runs in the host so typing
 * never waits for it, with a strip that shows it is running and can cancel it.
 */
export function useExport(host: HostClient, session: DocumentSession, info: AppInfo | null) {
  const [choosing, setChoosing] = useState(false);
  const [running, setRunning] = useState<RunningExport | null>(null);
  const { currentDocument, showNotice, showProblem } = session;

  const run = useCallback(
    async (choices: ExportChoices, fileName: string) => {
      setChoosing(false);
      let path: string | null = fileName;
      if (info?.nativeDialogs) {
        const chosen = await host.showExportDialog({ suggestedName: fileName, format: choices.format });
        if (!chosen.ok) return showProblem({ error: chosen.error });
        path = chosen.value.path;
      }
      if (!path) return;
      const job = { jobId: crypto.randomUUID(), name: path.split(/[\\/]/).pop() ?? path };
      setRunning(job);
      const result = await host.exportDocument({ jobId: job.jobId, document: currentDocument(), path, ...choices });
      setRunning(null);
      if (result.ok) {
        const { warnings, file } = result.value;
        showNotice(`Exported “${file.name}”.${warnings.length > 0 ? ` Simplified: ${warnings.join(' ')}` : ''}`);
      } else if (result.error.code === 'cancelled') {
        showNotice('Export cancelled; nothing was written.');
      } else {
        showProblem({ error: result.error });
      }
    },
    [host, info, currentDocument, showNotice, showProblem],
  );

  const dialog = choosing ? (
    <ExportDialog
      initial={rememberedExportChoices({ format: 'docx', notes: session.open.document.settings.notes, includeSourceList: true, distribution: false })}
      fileName={(choices) => defaultExportFileName(currentDocument(), choices.format, choices)}
      askForName={!info?.nativeDialogs}
      onCancel={() => setChoosing(false)}
      onExport={(choices, fileName) => void run(choices, fileName)}
    />
  ) : null;

  const progress = running ? (
    <div className="notice-bar export-progress" role="status" data-testid="export-progress">
      <span className="spinner" aria-hidden="true" />
      <span className="error-message">Exporting “{running.name}”… You can keep writing.</span>
      <button type="button" className="bar-action" onClick={() => void host.cancelExport({ jobId: running.jobId })} data-testid="cancel-export">
        Cancel
      </button>
    </div>
  ) : null;

  return { open: () => setChoosing(true), dialog, progress };
}

import { writeDocx } from '../../core/export/docx/write-docx';
import type { ExportFormat } from '../../core/export/file-name';
import { buildExportModel } from '../../core/export/model';
import type { ExportWarning } from '../../core/export/types';
import type { BriefDocument, NotesPlacement } from '../../core/document/schema';
import { BriefError } from '../../core/errors';
import type { Template } from '../../core/templates/schema';
import { writePdf } from '../../core/export/pdf/write-pdf';
import { loadPdfFonts } from './pdf-fonts';

/** What an export is asked for: the same choices in the app's dialog and on the command line. */
export interface ExportRequest {
  format: ExportFormat;
  notes: NotesPlacement;
  includeSourceList: boolean;
  distribution: boolean;
}

export interface ExportedDocument {
  bytes: Uint8Array;
  warnings: ExportWarning[];
  title: string;
  noteCount: number;
}

/**
 * One document to DOCX or PDF: the export model, then the writer. The app (through the
 * host) and `briefwright export` both come here, so they give the same file. A signal
 * that is aborted stops the export between its stages; nothing is written by this function.
 */
export async function exportDocument(document: BriefDocument, request: ExportRequest, options: { template?: Template; signal?: AbortSignal } = {}): Promise<ExportedDocument> {
  const stopIfCancelled = () => {
    if (options.signal?.aborted) throw new BriefError('cancelled', 'The export was cancelled; nothing was written.');
  };
  stopIfCancelled();
  const { model, warnings } = buildExportModel(document, {
    notes: request.notes,
    includeSourceList: request.includeSourceList,
    distribution: request.distribution,
    template: options.template,
  });
  stopIfCancelled();
  const written = request.format === 'pdf' ? await writePdf(model, await loadPdfFonts()) : await writeDocx(model);
  stopIfCancelled();
  return { bytes: written.bytes, warnings: [...warnings, ...written.warnings], title: model.properties.title, noteCount: model.notes.items.length };
}

import type { ExportFormat } from '../../core/export/file-name';
import { buildExportModel } from '../../core/export/model';
import type { ExportModel, ExportProgressListener, ExportWarning, MarkingOverride } from '../../core/export/types';
import type { BriefDocument, NotesPlacement } from '../../core/document/schema';
import { BriefError } from '../../core/errors';
import type { Template } from '../../core/templates/schema';

/** What an export is asked for: the same choices in the app's dialog and on the command line. */
export interface ExportRequest {
  format: ExportFormat;
  notes: NotesPlacement;
  includeSourceList: boolean;
  distribution: boolean;
  /** End with the yardstick appendix, when the text uses the yardstick's terms. */
  yardstickAppendix?: boolean;
  /** Exported over blocking marking findings: recorded in the file's properties. */
  markingOverride?: MarkingOverride;
}

export interface ExportedDocument {
  bytes: Uint8Array;
  warnings: ExportWarning[];
  title: string;
  noteCount: number;
}

export interface ExportDocumentOptions {
  /** The analyst's own template the document was made from, for its field labels. */
  template?: Template;
  /** Stops the export between its stages (in-process callers; the host cancels its worker instead). */
  signal?: AbortSignal;
  /** Told of each stage, and of the share done where the writer knows it. */
  onProgress?: ExportProgressListener;
}

/** The stages this function reports itself; the writers report their own within "Writing …". */
export const EXPORT_STAGES = {
  preparing: 'Preparing the document',
  fonts: 'Loading the fonts',
  writing: (format: ExportFormat) => (format === 'pdf' ? 'Writing the PDF' : 'Writing the DOCX'),
} as const;

/**
 * One document to DOCX or PDF: the export model, then the writer. The app (through the
 * host's export worker) and `briefwright export` both come here, so they give the same
 * file. A signal that is aborted stops the export between its stages; nothing is written by
 * this function.
 */
export async function exportDocument(document: BriefDocument, request: ExportRequest, options: ExportDocumentOptions = {}): Promise<ExportedDocument> {
  const stopIfCancelled = () => {
    if (options.signal?.aborted) throw new BriefError('cancelled', 'The export was cancelled; nothing was written.');
  };
  const report: ExportProgressListener = options.onProgress ?? (() => undefined);
  stopIfCancelled();
  report({ stage: EXPORT_STAGES.preparing, fraction: null });
  const { model, warnings } = buildExportModel(document, {
    notes: request.notes,
    includeSourceList: request.includeSourceList,
    distribution: request.distribution,
    yardstickAppendix: request.yardstickAppendix ?? false,
    markingOverride: request.markingOverride ?? null,
    template: options.template,
  });
  stopIfCancelled();
  const written = request.format === 'pdf' ? await toPdf(model, report, stopIfCancelled) : await toDocx(model, report);
  stopIfCancelled();
  return { bytes: written.bytes, warnings: [...warnings, ...written.warnings], title: model.properties.title, noteCount: model.notes.items.length };
}

interface Written {
  bytes: Uint8Array;
  warnings: ExportWarning[];
}

// Each writer is loaded when first used: a command-line export to DOCX never loads pdfmake and its fonts, nor one to PDF the DOCX writer.
async function toDocx(model: ExportModel, report: ExportProgressListener): Promise<Written> {
  const { writeDocx } = await import('../../core/export/docx/write-docx');
  report({ stage: EXPORT_STAGES.writing('docx'), fraction: null });
  return writeDocx(model, { onProgress: report });
}

async function toPdf(model: ExportModel, report: ExportProgressListener, stopIfCancelled: () => void): Promise<Written> {
  report({ stage: EXPORT_STAGES.fonts, fraction: null });
  const [{ writePdf }, { loadPdfFonts }] = await Promise.all([import('../../core/export/pdf/write-pdf'), import('./pdf-fonts')]);
  const fonts = await loadPdfFonts();
  stopIfCancelled();
  report({ stage: EXPORT_STAGES.writing('pdf'), fraction: null });
  return writePdf(model, fonts, { onProgress: report });
}

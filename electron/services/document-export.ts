import type { ExportFormat } from '../../core/export/file-name';
import { buildExportModel } from '../../core/export/model';
import type { ExportModel, ExportWarning, MarkingOverride } from '../../core/export/types';
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
    yardstickAppendix: request.yardstickAppendix ?? false,
    markingOverride: request.markingOverride ?? null,
    template: options.template,
  });
  stopIfCancelled();
  const written = request.format === 'pdf' ? await toPdf(model) : await toDocx(model);
  stopIfCancelled();
  return { bytes: written.bytes, warnings: [...warnings, ...written.warnings], title: model.properties.title, noteCount: model.notes.items.length };
}

// Each writer is loaded when first used: a command-line export to DOCX never loads pdfmake and its fonts, nor one to PDF the docx package.
async function toDocx(model: ExportModel): Promise<{ bytes: Uint8Array; warnings: ExportWarning[] }> {
  const { writeDocx } = await import('../../core/export/docx/write-docx');
  return writeDocx(model);
}

async function toPdf(model: ExportModel): Promise<{ bytes: Uint8Array; warnings: ExportWarning[] }> {
  const [{ writePdf }, { loadPdfFonts }] = await Promise.all([import('../../core/export/pdf/write-pdf'), import('./pdf-fonts')]);
  return writePdf(model, await loadPdfFonts());
}

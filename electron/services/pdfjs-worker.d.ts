// pdf.js ships no typings for its worker module. The extractor only hands the module to
// pdf.js (globalThis.pdfjsWorker), so its one export is all that is declared.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

// Types for the one part of pdfmake's insides the PDF writer reaches into: its renderer, the
// class that draws laid-out pages into the pdfkit document (drawing.ts). Not a documented API;
// what the writer relies on is pinned by test/unit/export/pdf-engine.test.ts.

declare module 'pdfmake/js/Renderer' {
  import type { PdfInline, PdfKitDocument } from 'pdfmake';

  /** An inline as laid out: the document definition's inline with its measures added. */
  export type RenderedInline = PdfInline;

  /** A laid-out line of inlines, each drawn with one call to the document's text(). */
  export interface RenderedLine {
    inlines: RenderedInline[];
  }

  export interface RenderedPage {
    items: unknown[];
  }

  export interface Renderer {
    pdfDocument: PdfKitDocument;
    /** Adds each page to the document and draws it; called once per document, before getStream() resolves. */
    renderPages(pages: RenderedPage[]): void;
    renderLine(line: RenderedLine, x: number, y: number): void;
  }

  export interface RendererClass {
    prototype: Renderer;
  }

  // A CommonJS module with `exports.default`: imported from an ES module, its default import is the exports object.
  const rendererModule: { default: RendererClass } | RendererClass;
  export default rendererModule;
}

// Types for the part of pdfmake 0.3 (and of the pdfkit document it hands back) that the PDF
// writer uses: the packages ship none. Every property here is one pdfmake or pdfkit documents,
// but for the few marked otherwise (the writer's own actualText, pdfkit's _font); what the
// writer relies on beyond the names is pinned by test/unit/export/pdf-engine.test.ts.

declare module 'pdfmake' {
  /** One piece of a line of text, all of one look. */
  export interface PdfInline {
    text: string;
    font?: string;
    fontSize?: number;
    bold?: boolean;
    italics?: boolean;
    color?: string;
    background?: string;
    decoration?: Array<'underline' | 'lineThrough'>;
    decorationColor?: string;
    sup?: boolean;
    sub?: boolean;
    lineHeight?: number;
    /** An external address: the piece becomes a link annotation. */
    link?: string;
    /** The id of a node in the document: the piece links to it. */
    linkToDestination?: string;
    /**
     * Briefwright's own, not pdfmake's: a right-to-left piece's text as written, drawn inside
     * ActualText spans (drawing.ts). pdfmake hands an inline's properties on to its renderer
     * untouched (pinned by test/unit/export/pdf-engine.test.ts).
     */
    actualText?: { text: string; glyphs: string[] | null };
  }

  /** Properties every node may carry. */
  export interface PdfNodeBase {
    /** Left, top, right, bottom, in points. */
    margin?: [number, number, number, number];
    /** Names the node for pageBreakBefore and as a link destination. */
    id?: string;
    pageBreak?: 'before';
    absolutePosition?: { x: number; y: number };
    alignment?: 'left' | 'center' | 'right';
  }

  export interface PdfTextNode extends PdfNodeBase, Omit<PdfInline, 'text'> {
    text: string | PdfInline[];
    noWrap?: boolean;
    /** Adds the node to the PDF's outline (bookmarks), under outlineParentId when set. */
    outline?: boolean;
    outlineText?: string;
    outlineParentId?: string;
    outlineExpanded?: boolean;
  }

  export interface PdfStackNode extends PdfNodeBase {
    stack: PdfContent[];
  }

  export interface PdfColumnsNode extends PdfNodeBase {
    columns: Array<PdfContent & { width?: number | '*' | 'auto' }>;
    columnGap?: number;
  }

  export interface PdfTableCell extends PdfNodeBase, Omit<PdfInline, 'text'> {
    stack?: PdfContent[];
    text?: string;
    colSpan?: number;
    rowSpan?: number;
    fillColor?: string;
  }

  export interface PdfTableNode extends PdfNodeBase {
    table: {
      widths: Array<number | '*' | 'auto'>;
      body: PdfTableCell[][];
      headerRows?: number;
      dontBreakRows?: boolean;
    };
    /** The name of a layout registered with setTableLayouts. */
    layout?: string;
  }

  export type PdfVector =
    | { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth?: number; lineColor?: string }
    | { type: 'rect'; x: number; y: number; w: number; h: number; lineWidth?: number; color?: string; lineColor?: string }
    | { type: 'ellipse'; x: number; y: number; r1: number; r2: number; lineWidth?: number; color?: string; lineColor?: string }
    | { type: 'polyline'; points: Array<{ x: number; y: number }>; lineWidth?: number; lineColor?: string };

  export interface PdfCanvasNode extends PdfNodeBase {
    canvas: PdfVector[];
  }

  export interface PdfImageNode extends PdfNodeBase {
    /** A key of the document's images. */
    image: string;
    width: number;
    height: number;
  }

  export type PdfContent = PdfTextNode | PdfStackNode | PdfColumnsNode | PdfTableNode | PdfCanvasNode | PdfImageNode;

  /** What pageBreakBefore learns of a node once it is laid out. */
  export interface PdfNodeInfo {
    id?: string;
    /** Every page the node is on, from 1. */
    pageNumbers: number[];
    startPosition: { pageNumber: number; top: number; left: number };
  }

  export interface PdfTableLayout {
    hLineWidth?: (index: number, node: { table: { body: unknown[] } }) => number;
    vLineWidth?: (index: number, node: { table: { widths: unknown[] } }) => number;
    hLineColor?: (index: number) => string;
    vLineColor?: (index: number) => string;
    paddingLeft?: (index: number) => number;
    paddingRight?: (index: number) => number;
    paddingTop?: (index: number) => number;
    paddingBottom?: (index: number) => number;
  }

  export interface PdfPageSize {
    width: number;
    /** 'auto': one page as tall as its content. */
    height: number | 'auto';
  }

  export interface PdfDocDefinition {
    content: PdfContent[];
    pageSize: PdfPageSize;
    /** Left, top, right, bottom. */
    pageMargins: [number, number, number, number];
    defaultStyle: Omit<PdfInline, 'text'>;
    header?: (currentPage: number, pageCount: number) => PdfContent | null;
    footer?: (currentPage: number, pageCount: number) => PdfContent | null;
    /** Called for every laid-out node; true would force a page break before it. */
    pageBreakBefore?: (node: PdfNodeInfo) => boolean;
    images?: Record<string, string>;
    /** Keeps only the first N pages; pageBreakBefore has seen every node by then. */
    maxPagesNumber?: number;
    displayTitle?: boolean;
    version?: '1.3';
    compress?: boolean;
  }

  /** The pdfkit document pdfmake laid out: its info dictionary is written when it ends. */
  export interface PdfKitDocument {
    info: Record<string, string | Date>;
    on(event: 'data', listener: (chunk: Uint8Array) => void): void;
    on(event: 'end', listener: () => void): void;
    on(event: 'error', listener: (error: Error) => void): void;
    /** pdfkit: emitted as each page is added, while pdfmake draws. */
    on(event: 'pageAdded', listener: () => void): void;
    removeListener(event: 'pageAdded', listener: () => void): void;
    end(): void;
    /** pdfkit: draws text at a point; pdfmake calls it once for each inline of a line. */
    text(text: string, x: number, y: number, options: object): PdfKitDocument;
    /** pdfkit: appends operators to the current page's content stream. */
    addContent(data: string): PdfKitDocument;
    /** pdfkit, not documented: the current font (pdfmake sets it before each text()), with each glyph's ToUnicode entry by glyph id. */
    _font?: { unicode?: Array<number[] | undefined> };
  }

  export interface PdfOutputDocument {
    /** Lays the document out and renders it into a pdfkit document, not yet ended. */
    getStream(): Promise<PdfKitDocument>;
  }

  export interface PdfFontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  export interface Pdfmake {
    /** pdfmake's in-memory file system: fonts are read from here by name, never from disk or the network. */
    virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
    setFonts(fonts: Record<string, PdfFontFamily>): void;
    setTableLayouts(layouts: Record<string, PdfTableLayout>): void;
    /** Asked before any URL is fetched; false refuses. */
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    /** Asked before any local file is read (the Node build only); false refuses. */
    setLocalAccessPolicy?(policy: (path: string) => boolean): void;
    createPdf(definition: PdfDocDefinition): PdfOutputDocument;
  }

  const pdfmake: Pdfmake;
  export default pdfmake;
}

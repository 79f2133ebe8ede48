import type { LexicalEditor, NodeKey } from 'lexical';
import type { CitationFields } from '../../../../core/citations/schema';
import { refRunsToPlainText } from '../../../../core/sources/format';
import { RenderedBlocks } from '../../rendered-blocks';
import type { CitationEnvironment } from './citations-context';

/** What one marker shows: its number, its state and what a screen reader says of it. */
interface MarkerLook {
  label: string;
  className: string;
  ariaLabel: string;
  sourceId: string;
}

const painters = new WeakMap<LexicalEditor, CitationMarkers>();

/** Markers off screen are painted when the page is idle, and within this long regardless. */
const IDLE_PAINT_TIMEOUT_MS = 300;

/**
 * Draws the note markers straight into the DOM Lexical made for each citation. A thousand
 * citations rendered as React decorators cost a thousand portals, each with its own set of
 * React's event listeners (a third of a second to open a 100-page briefing); drawn here, a
 * renumbering or a run of the checks touches only the markers whose look changed, and one
 * card (CitationCards) serves them all.
 */
export class CitationMarkers {
  private painted = new Map<NodeKey, MarkerLook>();
  /** Markers off screen whose number changed, still to paint: when their group renders, or when the page is idle. */
  private readonly offScreen = new Map<NodeKey, { fields: CitationFields; host: HTMLElement }>();
  private idlePaint: number | null = null;
  private stopWaiting: (() => void) | null = null;
  /** Reference text per source, for the markers' spoken labels; rebuilt when the sources change. */
  private references = new Map<string, string>();

  private constructor(
    private readonly editor: LexicalEditor,
    private environment: CitationEnvironment,
  ) {}

  /** The painter of `editor`'s markers, made on first use and kept while the editor lives. */
  static attach(editor: LexicalEditor, environment: CitationEnvironment): CitationMarkers {
    const existing = painters.get(editor);
    if (existing) {
      existing.setEnvironment(environment);
      return existing;
    }
    const painter = new CitationMarkers(editor, environment);
    painters.set(editor, painter);
    return painter;
  }

  /** The marker for a citation node's DOM, as CitationNode.createDOM makes it. */
  static createMarker(editor: LexicalEditor, key: NodeKey, fields: CitationFields): HTMLElement {
    const host = document.createElement('span');
    host.className = 'bw-citation';
    const marker = document.createElement('sup');
    marker.dataset.testid = 'citation';
    marker.setAttribute('role', 'link');
    marker.tabIndex = -1;
    host.append(marker);
    const painter = painters.get(editor);
    if (painter) painter.paint(key, fields, host, true);
    else apply(marker, { label: '·', className: 'bw-cite', ariaLabel: 'Note', sourceId: fields.sourceId }, undefined);
    return host;
  }

  private setEnvironment(environment: CitationEnvironment): void {
    if (environment.sources !== this.environment.sources || environment.reference !== this.environment.reference) this.references.clear();
    this.environment = environment;
  }

  /**
   * Brings every marker up to date with the index (numbers, selection, problems) and the
   * sources: at once those Chromium is rendering and those never numbered yet, the rest (off
   * screen, showing a number that has changed) as soon as their group is rendered or the page
   * is idle. Inserting a note early in a long briefing renumbers hundreds of markers, nearly
   * all off screen; writing them all before the frame made the insertion wait for them.
   */
  paintAll(): void {
    const live = new Set<NodeKey>();
    const rendered = RenderedBlocks.of(this.editor);
    this.offScreen.clear();
    for (const citation of this.environment.index.all()) {
      live.add(citation.key);
      const host = this.editor.getElementByKey(citation.key);
      if (!host) continue;
      if (!this.painted.has(citation.key) || rendered.has(host)) this.paint(citation.key, citation.fields, host, false);
      else this.offScreen.set(citation.key, { fields: citation.fields, host });
    }
    for (const key of this.painted.keys()) if (!live.has(key)) this.painted.delete(key);
    if (this.offScreen.size === 0) return;
    this.stopWaiting ??= rendered.subscribe(() => this.paintOffScreen((host) => rendered.has(host)));
    if (this.idlePaint === null) {
      this.idlePaint = requestIdleCallback(
        () => {
          this.idlePaint = null;
          this.paintOffScreen(() => true);
        },
        { timeout: IDLE_PAINT_TIMEOUT_MS },
      );
    }
  }

  /** Paints the markers left off screen that `now` accepts; stops waiting once none is left. */
  private paintOffScreen(now: (host: HTMLElement) => boolean): void {
    for (const [key, { fields, host }] of this.offScreen) {
      if (!host.isConnected) this.offScreen.delete(key);
      else if (now(host)) {
        this.paint(key, fields, host, false);
        this.offScreen.delete(key);
      }
    }
    if (this.offScreen.size > 0) return;
    this.stopWaiting?.();
    this.stopWaiting = null;
    if (this.idlePaint !== null) cancelIdleCallback(this.idlePaint);
    this.idlePaint = null;
  }

  private paint(key: NodeKey, fields: CitationFields, host: HTMLElement, fresh: boolean): void {
    const marker = host.firstElementChild;
    if (!(marker instanceof HTMLElement)) return;
    const look = this.look(key, fields);
    apply(marker, look, fresh ? undefined : this.painted.get(key));
    this.painted.set(key, look);
  }

  private look(key: NodeKey, fields: CitationFields): MarkerLook {
    const { index, sources } = this.environment;
    const label = index.label(key);
    const number = label.replace(',', '');
    const source = sources.get(fields.sourceId);
    const problem = index.issue(key)?.message ?? (source ? null : 'The source of this citation is not in the document.');
    const className = ['bw-cite', problem ? 'has-problem' : '', index.isSelected(key) ? 'is-selected' : ''].filter(Boolean).join(' ');
    return { label: label || '·', className, ariaLabel: `Note ${number}: ${this.reference(fields.sourceId)}${problem ? `. Problem: ${problem}` : ''}`, sourceId: fields.sourceId };
  }

  private reference(sourceId: string): string {
    let text = this.references.get(sourceId);
    if (text === undefined) {
      const source = this.environment.sources.get(sourceId);
      text = source ? refRunsToPlainText(this.environment.reference(source)) : `Source missing (${sourceId})`;
      this.references.set(sourceId, text);
    }
    return text;
  }
}

/** Writes only what differs from what was painted before: inserting note 1 renumbers every marker after it. */
function apply(marker: HTMLElement, look: MarkerLook, before: MarkerLook | undefined): void {
  if (look.label !== before?.label) marker.textContent = look.label;
  if (look.className !== before?.className) marker.className = look.className;
  if (look.ariaLabel !== before?.ariaLabel) marker.setAttribute('aria-label', look.ariaLabel);
  if (look.sourceId !== before?.sourceId) marker.dataset.sourceId = look.sourceId;
}

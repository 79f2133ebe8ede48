import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { dictionaryForm } from '../../../../core/spelling/checker';
import type { SpellingWord } from '../../../../core/spelling/words';
import { afterRenderedFrame, RenderedBlocks } from '../../rendered-blocks';
import { $replaceMatches, matchRange, type TextBlock } from '../find-replace/text-blocks';
import { $allSpellingBlocks, $isSpellingBlock, $spellingBlockOf, $spellingText, blockOffset } from './spelling-blocks';
import type { SpellingWorker } from './spelling-client';
import type { SpellingLanguage } from './spelling-protocol';

/** Painted by ::highlight(bw-misspelled) in spellcheck.css. */
const MISSPELLED_HIGHLIGHT = 'bw-misspelled';

/** Blocks are rechecked after a pause in typing, not on every keystroke. */
const RECHECK_DELAY_MS = 300;
/** Text per message to the worker when checking a whole document, so edits never wait long behind it. */
const BATCH_CHARACTERS = 20_000;
/**
 * Chromium repaints, pre-paints and hit-tests every highlighted range on each change to the
 * page, so a 100-page document with a hundred underlined words spent ~50 ms a keystroke on
 * them. Only the blocks within a screen of the view are painted (with every rendered group
 * of fifty blocks, the underlines still cost ~9 ms a keystroke); scrolling paints the next
 * ones a moment after it stops.
 */
const REPAINT_DELAY_MS = 80;

interface PaintedWord {
  word: SpellingWord;
  range: Range | null;
}

interface CheckedBlock {
  text: TextBlock;
  /** The misspelled words of `text`; null while the worker has yet to answer for it. */
  misspellings: SpellingWord[] | null;
  /** What is painted for the block; null when it must be rebuilt from `misspellings`. */
  painted: PaintedWord[] | null;
}

/** A flagged word, as the spelling menu acts on it. */
export interface MisspellingTarget {
  blockKey: NodeKey;
  word: SpellingWord;
}

/** A place in the text (where the analyst right-clicked, or the caret): a text node and an offset in it. */
export interface TextPoint {
  textKey: NodeKey;
  offset: number;
}

/** What is at a text point: a flagged word, nothing, or a block whose latest text has yet to be checked. */
type Lookup = { kind: 'flagged'; target: MisspellingTarget } | { kind: 'clean' } | { kind: 'unchecked' };

/**
 * Keeps the underlines of misspelled words in step with the document. The whole text is
 * checked when the editor opens (the blocks on screen first) and after undo or redo; an
 * edit sends only the blocks it touched. The worker's verdicts are painted with the CSS
 * Custom Highlight API, so the document's DOM, which Lexical owns, is never touched.
 */
export class SpellingController {
  private readonly blocks = new Map<NodeKey, CheckedBlock>();
  private readonly dirtyBlocks = new Set<NodeKey>();
  private wholeDocumentDirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped when the language changes, so answers for the previous one are dropped. */
  private generation = 0;
  private language: SpellingLanguage | null = null;
  /** Ignored in this document or just added to the dictionary, in dictionary form. */
  private readonly acceptedWords = new Set<string>();
  /** Where the caret was after the last edit: a word that ends there is still being typed. */
  private typingAt: { blockKey: NodeKey; offset: number } | null = null;
  /** Every round of checks sent to the worker, for a lookup that must wait for their verdicts. */
  private latestCheck: Promise<void> = Promise.resolve();
  private readonly stopListening: () => void;
  private repaintTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly rendered: RenderedBlocks;
  private readonly stopWatchingRendered: () => void;
  private disposed = false;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly worker: SpellingWorker,
    private readonly personalWords: readonly string[],
    private readonly onProblem: (message: string) => void,
  ) {
    this.rendered = RenderedBlocks.of(editor);
    this.stopWatchingRendered = this.rendered.subscribe(() => {
      clearTimeout(this.repaintTimer);
      this.repaintTimer = setTimeout(() => this.paint(), REPAINT_DELAY_MS);
    });
    this.stopListening = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) {
        this.caretMoved(editorState);
        return;
      }
      editorState.read(() => {
        // Undo, redo and a whole new state reconcile from the root with no dirty nodes named.
        if (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root')) this.wholeDocumentDirty = true;
        for (const key of dirtyLeaves) this.markDirty($spellingBlockOf($getNodeByKey(key)));
        // Ancestors of a changed node are marked dirty too, unintentionally: those are not edits.
        for (const [key, intentional] of dirtyElements) if (intentional) this.markDirty($spellingBlockOf($getNodeByKey(key)));
        this.typingAt = tags.has(HISTORIC_TAG) ? null : $caretInBlock();
      });
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), RECHECK_DELAY_MS);
    });
  }

  /** Checks the document against another language's dictionary, from scratch. */
  async setLanguage(language: SpellingLanguage): Promise<void> {
    if (language === this.language) return;
    this.language = language;
    this.generation += 1;
    this.blocks.clear();
    this.paint();
    const generation = this.generation;
    try {
      const { failed } = await this.worker.load(language, this.personalWords);
      if (failed !== null && generation === this.generation && !this.disposed) {
        this.onProblem('Spelling cannot be checked: the dictionary did not load.');
      }
    } catch {
      if (!this.disposed) this.onProblem('Spelling cannot be checked: the spell-checker did not start.');
      return;
    }
    if (generation !== this.generation || this.disposed) return;
    this.wholeDocumentDirty = true;
    this.flush();
  }

  /** Stops flagging a word: for this document only ("Ignore"), or as the worker's dictionary learns it ("Add"). */
  accept(word: string, options: { learn: boolean }): void {
    this.acceptedWords.add(dictionaryForm(word));
    if (options.learn) this.worker.accept([word]);
    this.paint();
  }

  suggest(word: string): Promise<string[]> {
    return this.worker.suggest(word).catch(() => []);
  }

  /** Replaces a flagged word in one undoable step, if the text there is still that word. */
  replace(target: MisspellingTarget, replacement: string): void {
    this.editor.update(
      () => {
        const element = $getNodeByKey(target.blockKey);
        if (!$isSpellingBlock(element)) return;
        const text = $spellingText(element);
        const { start, end } = target.word;
        if (text.text.slice(start, end) !== target.word.text) return;
        $replaceMatches([text], [{ block: 0, start, end }], replacement);
      },
      { tag: HISTORY_PUSH_TAG },
    );
  }

  /** The text under a point of the window (a right-click). */
  pointAt(x: number, y: number): TextPoint | null {
    const position = document.caretPositionFromPoint(x, y);
    if (!position) return null;
    return this.editor.read(() => {
      const node = $getNearestNodeFromDOMNode(position.offsetNode);
      return $isTextNode(node) ? { textKey: node.getKey(), offset: position.offset } : null;
    });
  }

  /**
   * Where the caret is (Shift+F10, the context-menu key). The page's selection comes first: the
   * editor learns of a caret move only at the next selectionchange, which a quick key press beats.
   */
  caretPoint(): TextPoint | null {
    const dom = window.getSelection();
    const root = this.editor.getRootElement();
    if (dom?.isCollapsed && dom.focusNode instanceof Text && root?.contains(dom.focusNode)) {
      const focusNode = dom.focusNode;
      const offset = dom.focusOffset;
      const point = this.editor.read(() => {
        const node = $getNearestNodeFromDOMNode(focusNode);
        return $isTextNode(node) ? { textKey: node.getKey(), offset } : null;
      });
      if (point) return point;
    }
    return this.editor.read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || selection.focus.type !== 'text') return null;
      return { textKey: selection.focus.key, offset: selection.focus.offset };
    });
  }

  /**
   * True when the point is on a flagged word, or in text not yet checked: known at once, so the
   * browser's own menu can be kept for every other place.
   */
  mayBeFlaggedAt(point: TextPoint): boolean {
    return this.language !== null && this.editor.read(() => this.$lookup(point)).kind !== 'clean';
  }

  /** The flagged word at a point, once the text there has been checked as it is now. */
  async targetAt(point: TextPoint): Promise<MisspellingTarget | null> {
    if (this.editor.read(() => this.$lookup(point)).kind === 'unchecked') {
      this.flush();
      await this.latestCheck;
    }
    const found = this.editor.read(() => this.$lookup(point));
    return found.kind === 'flagged' ? found.target : null;
  }

  /** Where a flagged word is on screen, to place the menu under it. */
  boundsOf(target: MisspellingTarget): DOMRect | null {
    const text = this.blocks.get(target.blockKey)?.text;
    const range = text ? matchRange(this.editor, [text], { block: 0, start: target.word.start, end: target.word.end }) : null;
    return range?.getBoundingClientRect() ?? null;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.repaintTimer);
    this.stopWatchingRendered();
    this.stopListening();
    if (highlightsSupported()) CSS.highlights.delete(MISSPELLED_HIGHLIGHT);
  }

  private markDirty(block: ElementNode | null): void {
    if (block) this.dirtyBlocks.add(block.getKey());
  }

  private caretMoved(editorState: EditorState): void {
    if (this.typingAt === null) return;
    const caret = editorState.read($caretInBlock);
    if (caret?.blockKey === this.typingAt.blockKey && caret.offset === this.typingAt.offset) return;
    this.typingAt = null;
    this.paint();
  }

  /** Reads the blocks that changed (or all of them) and sends those whose text is new to the worker. */
  private flush(): void {
    clearTimeout(this.timer);
    if (this.disposed || this.language === null) return;
    const whole = this.wholeDocumentDirty;
    const keys = [...this.dirtyBlocks];
    this.wholeDocumentDirty = false;
    this.dirtyBlocks.clear();
    const changed: { key: NodeKey; text: string }[] = [];
    this.editor.read(() => {
      const elements = whole ? $allSpellingBlocks() : keys.map((key) => $getNodeByKey(key)).filter($isSpellingBlock);
      if (whole) {
        const present = new Set(elements.map((element) => element.getKey()));
        for (const key of this.blocks.keys()) if (!present.has(key)) this.blocks.delete(key);
      } else {
        for (const key of this.blocks.keys()) if (!$isSpellingBlock($getNodeByKey(key))) this.blocks.delete(key);
      }
      for (const element of elements) {
        if (!element.isAttached()) continue;
        const key = element.getKey();
        const text = $spellingText(element);
        const known = this.blocks.get(key);
        if (known && known.text.text === text.text) {
          // Same words, perhaps new text nodes (a word made bold): the verdicts stand, the ranges are rebuilt.
          this.blocks.set(key, { text, misspellings: known.misspellings, painted: known.misspellings ? null : known.painted });
        } else {
          // Until the worker answers, the old underlines stay where the DOM has moved them.
          this.blocks.set(key, { text, misspellings: null, painted: known?.painted ?? null });
          changed.push({ key, text: text.text });
        }
      }
    });
    this.paint();
    // What is in view goes first, known once a frame has rendered the document just opened.
    const entries = whole ? afterRenderedFrame().then(() => this.onScreenFirst(changed)) : Promise.resolve(changed);
    // Chained, so waiting on it waits for every round still under way, not only this one.
    this.latestCheck = Promise.all([this.latestCheck, entries.then((ordered) => this.check(ordered))]).then(() => undefined);
  }

  private onScreenFirst<T extends { key: NodeKey }>(entries: T[]): T[] {
    const visible = new Set(entries.filter((entry) => this.isRendered(entry.key)));
    return [...visible, ...entries.filter((entry) => !visible.has(entry))];
  }

  private isRendered(key: NodeKey): boolean {
    const element = this.editor.getElementByKey(key);
    return element !== null && this.rendered.has(element);
  }

  private isNearView(key: NodeKey): boolean {
    const element = this.editor.getElementByKey(key);
    return element !== null && this.rendered.isNearView(element);
  }

  /** Sends blocks to the worker one batch at a time, painting each answer as it comes. */
  private async check(entries: { key: NodeKey; text: string }[]): Promise<void> {
    const generation = this.generation;
    for (const batch of batches(entries)) {
      let answers: SpellingWord[][];
      try {
        answers = await this.worker.check(batch.map((entry) => entry.text));
      } catch {
        return;
      }
      if (generation !== this.generation || this.disposed) return;
      batch.forEach((entry, index) => {
        const block = this.blocks.get(entry.key);
        // An answer for text that has changed since is dropped: a newer check is on its way.
        if (block?.text.text === entry.text) this.blocks.set(entry.key, { ...block, misspellings: answers[index] ?? [], painted: null });
      });
      this.paint();
    }
  }

  private paint(): void {
    if (!highlightsSupported()) return;
    const ranges: Range[] = [];
    for (const [key, block] of this.blocks) {
      if (!block.misspellings?.length || !this.isNearView(key)) continue;
      if (!block.painted) {
        block.painted = block.misspellings.map((word) => ({ word, range: matchRange(this.editor, [block.text], { block: 0, start: word.start, end: word.end }) }));
      }
      for (const { word, range } of block.painted ?? []) {
        if (!range || this.acceptedWords.has(dictionaryForm(word.text))) continue;
        if (this.typingAt?.blockKey === key && this.typingAt.offset === word.end) continue;
        ranges.push(range);
      }
    }
    CSS.highlights.set(MISSPELLED_HIGHLIGHT, new Highlight(...ranges));
  }

  private $lookup(point: TextPoint): Lookup {
    const element = $spellingBlockOf($getNodeByKey(point.textKey));
    if (!element) return { kind: 'clean' };
    const block = this.blocks.get(element.getKey());
    const text = $spellingText(element);
    if (!block?.misspellings || text.text !== block.text.text) return { kind: 'unchecked' };
    const at = blockOffset(text, point.textKey, point.offset);
    const word = block.misspellings.find(
      (candidate) => at !== null && candidate.start <= at && at <= candidate.end && !this.acceptedWords.has(dictionaryForm(candidate.text)),
    );
    return word ? { kind: 'flagged', target: { blockKey: element.getKey(), word } } : { kind: 'clean' };
  }
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/** The collapsed caret, in block coordinates. */
function $caretInBlock(): { blockKey: NodeKey; offset: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null;
  const element = $spellingBlockOf(selection.anchor.getNode());
  if (!element) return null;
  const offset = blockOffset($spellingText(element), selection.anchor.key, selection.anchor.offset);
  return offset === null ? null : { blockKey: element.getKey(), offset };
}

function batches<T extends { text: string }>(entries: T[]): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const entry of entries) {
    if (current.length > 0 && size + entry.text.length > BATCH_CHARACTERS) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entry.text.length;
  }
  if (current.length > 0) result.push(current);
  return result;
}

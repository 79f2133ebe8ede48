import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableNode } from '@lexical/table';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $getState,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $setState,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  HISTORY_MERGE_TAG,
  KEY_DOWN_COMMAND,
  ParagraphNode,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type NodeMutation,
} from 'lexical';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { readMark } from '../../../../core/markings/document-marking';
import { isKnownMark } from '../../../../core/markings/portion-mark';
import type { MarkingScheme } from '../../../../core/markings/scheme';
import { $isTopLevelBlock, $nextBlock, $previousBlock } from '../../block-groups';
import { CitationNode } from '../../nodes/CitationNode';
import { SectionHeadingNode } from '../../nodes/SectionHeadingNode';
import { DOCUMENT_LOAD_TAG } from '../../update-tags';
import { isShortcut } from '../shortcuts/shortcut-keys';
import { useMarkingEnvironment } from './markings-context';
import type { PortionIndex } from './portion-index';
import { OPEN_PORTION_MENU_COMMAND, SET_PORTION_COMMAND } from './portion-commands';
import { $isPortionNode, portionState } from './portion-state';
import './portion-marks.css';

/** The node classes whose instances can be portions (or carry a mark, as citations do). */
const MARKED_CLASSES = [ParagraphNode, HeadingNode, SectionHeadingNode, ListItemNode, QuoteNode, TableNode, CitationNode] as const;

/**
 * The chip in the gutter: `(S//NF)`, or `?` for an unmarked portion with text (shown only
 * while marks are required, see portion-marks.css), and whether the scheme knows the mark.
 */
function $paintChip(editor: LexicalEditor, node: LexicalNode, mark: string, scheme: MarkingScheme): void {
  const element = editor.getElementByKey(node.getKey());
  if (!element) return;
  if (mark === '' && node.getTextContentSize() === 0) return clearChip(element);
  const parsed = mark === '' ? null : readMark(mark, scheme);
  const chip = mark === '' ? '?' : `(${mark})`;
  const state = mark === '' ? 'unmarked' : parsed && isKnownMark(parsed) ? 'marked' : 'unknown';
  // Written only when they change: a keystroke in a marked paragraph touches no attribute.
  if (element.dataset.portion !== chip) element.dataset.portion = chip;
  if (element.dataset.portionState !== state) element.dataset.portionState = state;
}

function clearChip(element: HTMLElement | null): void {
  if (!element) return;
  delete element.dataset.portion;
  delete element.dataset.portionState;
}

/**
 * The mark a new portion takes: its neighbour's (the one it was split from, so that
 * writing on after a SECRET paragraph never drops silently to the document's level), or
 * the document's own.
 */
function $inheritedMark(node: LexicalNode, documentPortion: string): string {
  const topLevel = $isTopLevelBlock(node);
  for (const neighbour of topLevel ? [$previousBlock(node), $nextBlock(node)] : [node.getPreviousSibling(), node.getNextSibling()]) {
    if (neighbour && $isPortionNode(neighbour)) {
      const mark = $getState(neighbour, portionState);
      if (mark !== '') return mark;
    }
  }
  return documentPortion;
}

/**
 * What a mark is set on: every portion the selection touches, each once; or, when the
 * selection is one or more citations (clicked, not in a text range), the citations themselves.
 */
function $selectedPortions(): LexicalNode[] {
  const selection = $getSelection();
  if (!selection) return [];
  if ($isNodeSelection(selection)) {
    const citations = selection.getNodes().filter((node) => node instanceof CitationNode);
    if (citations.length > 0) return citations;
  }
  const found = new Map<NodeKey, LexicalNode>();
  const nodes = $isRangeSelection(selection) ? [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()] : selection.getNodes();
  for (const node of nodes) {
    const portion = $findMatchingParent(node, $isPortionNode);
    if (portion) found.set(portion.getKey(), portion);
  }
  return [...found.values()];
}

/** The mark of the portion at the caret, for the toolbar; null when the caret is in no portion. */
export function $portionAtCaret(): string | null {
  const portion = $selectedPortions()[0];
  return portion ? $getState(portion, portionState) : null;
}

/** Reads every marked node once, when the document opens, and paints its chip. */
function $indexAll(editor: LexicalEditor, index: PortionIndex, scheme: MarkingScheme | null): void {
  const visit = (node: LexicalNode) => {
    if (node instanceof CitationNode) index.set(node.getKey(), $getState(node, portionState));
    else if ($isPortionNode(node)) {
      const mark = $getState(node, portionState);
      index.set(node.getKey(), mark);
      if (scheme) $paintChip(editor, node, mark, scheme);
      else clearChip(editor.getElementByKey(node.getKey()));
    }
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
}

/**
 * Portion marks in the text: a chip in the gutter beside each portion, the marks kept in an
 * index the banner rolls up, new portions marked as their neighbours are, and the commands
 * and shortcuts that set them (Alt+Shift+1… for the scheme's levels, lowest first).
 */
export function PortionMarksPlugin() {
  const [editor] = useLexicalComposerContext();
  const { index, scheme, documentPortion, marksRequired } = useMarkingEnvironment();
  // Read when portions are made; changing it needs no new listeners.
  const required = useRef(marksRequired);

  useLayoutEffect(() => {
    required.current = marksRequired;
    return editor.registerRootListener((root) => {
      root?.toggleAttribute('data-portions-required', marksRequired);
    });
  }, [editor, marksRequired]);

  useEffect(() => {
    editor.getEditorState().read(() => $indexAll(editor, index, scheme));
    index.changed();

    const onMutations = (mutations: Map<NodeKey, NodeMutation>, { prevEditorState, updateTags }: { prevEditorState: EditorState; updateTags: Set<string> }) => {
      const toMark: NodeKey[] = [];
      let changed = false;
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') {
            changed = index.delete(key) || changed;
            continue;
          }
          const node = $getNodeByKey(key);
          if (!node) continue;
          const isCitation = node instanceof CitationNode;
          if (!isCitation && !$isPortionNode(node)) {
            // A paragraph moved into a table cell, or an item that now only wraps a list.
            changed = index.delete(key) || changed;
            clearChip(editor.getElementByKey(key));
            continue;
          }
          const mark = $getState(node, portionState);
          changed = index.set(key, mark) || changed;
          if (isCitation) continue;
          if (scheme) $paintChip(editor, node, mark, scheme);
          if (mark !== '') continue;
          // New, or written in for the first time (a template's empty paragraph): it takes a mark as a new portion does.
          // The portions of the document being opened are the analyst's as saved, marked or not.
          if (updateTags.has(DOCUMENT_LOAD_TAG)) continue;
          if (mutation === 'created' || (node.getTextContentSize() > 0 && prevEditorState.read(() => $getNodeByKey(key)?.getTextContentSize() === 0))) toMark.push(key);
        }
      });
      if (changed) index.changed();
      if (toMark.length > 0 && editor.isEditable() && required.current) {
        // Merged into the edit that made the portions, so one undo takes both away.
        editor.update(
          () => {
            for (const key of toMark) {
              const node = $getNodeByKey(key);
              if (node && $isPortionNode(node) && $getState(node, portionState) === '') $setState(node, portionState, $inheritedMark(node, documentPortion));
            }
          },
          { tag: HISTORY_MERGE_TAG },
        );
      }
    };

    const setLevelByRank = (event: KeyboardEvent): boolean => {
      if (!scheme || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
      const level = digit ? scheme.levels[Number(digit[1]) - 1] : undefined;
      if (!level) return false;
      event.preventDefault();
      editor.dispatchCommand(SET_PORTION_COMMAND, level.portion);
      return true;
    };

    return mergeRegister(
      ...MARKED_CLASSES.map((klass) => editor.registerMutationListener(klass, onMutations, { skipInitialization: true })),
      editor.registerCommand(
        SET_PORTION_COMMAND,
        (mark) => {
          if (!editor.isEditable()) return false;
          for (const portion of $selectedPortions()) $setState(portion, portionState, mark.trim());
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!scheme || !editor.isEditable()) return false;
          if (isShortcut(event, 'portionMenu')) {
            event.preventDefault();
            editor.dispatchCommand(OPEN_PORTION_MENU_COMMAND, undefined);
            return true;
          }
          return setLevelByRank(event);
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    );
  }, [editor, index, scheme, documentPortion]);

  // A click on a chip (drawn in the gutter, left of its portion's box) opens the menu for that portion.
  useEffect(() => {
    if (!scheme) return;
    const onMouseDown = (event: MouseEvent) => {
      const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-portion]') : null;
      if (!target || event.clientX >= target.getBoundingClientRect().left) return;
      event.preventDefault();
      editor.update(() => {
        const nearest = $getNearestNodeFromDOMNode(target);
        const node = nearest ? $findMatchingParent(nearest, $isPortionNode) : null;
        node?.selectStart();
      });
      editor.dispatchCommand(OPEN_PORTION_MENU_COMMAND, undefined);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mousedown', onMouseDown);
      root?.addEventListener('mousedown', onMouseDown);
    });
  }, [editor, scheme]);

  return null;
}

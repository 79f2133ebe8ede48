import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostApi } from '../../../../core/contract';
import { dictionaryForm } from '../../../../core/spelling/checker';
import { useNotify } from '../../notices';
import { sharedSpellingWorker } from './spelling-client';
import { SpellingController, type MisspellingTarget } from './spelling-controller';
import type { SpellingLanguageSetting } from './spelling-language';
import { SPELLING_LANGUAGES, isSpellingLanguage, type SpellingLanguage } from './spelling-protocol';
import { SpellingMenu } from './SpellingMenu';
import './spellcheck.css';

/** What the spell-checker needs of the host: the analyst's own word list. */
export type PersonalDictionaryHost = Pick<HostApi, 'getPersonalDictionary' | 'addToPersonalDictionary'>;

interface OpenMenu {
  target: MisspellingTarget;
  position: { x: number; y: number };
  suggestions: string[] | null;
}

/** A contextmenu event this soon after the context-menu key is that key's own, already handled. */
const KEYBOARD_MENU_GRACE_MS = 300;

/**
 * Offline spell-checking: misspelled words underlined, a menu of suggestions on right-click
 * or Shift+F10, a personal word list kept by the host, and the language of the analyst's
 * preferences, which the status bar changes. Nothing starts until the editor is up and the
 * page is idle. Without `setting`, the language lasts for this editor only.
 */
export function SpellCheckPlugin({ personalDictionary, setting }: { personalDictionary: PersonalDictionaryHost; setting?: SpellingLanguageSetting }) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const notify = useNotify();
  const [ownLanguage, setOwnLanguage] = useState<SpellingLanguage>('en-US');
  const language = setting ? setting.language : ownLanguage;
  const [controller, setController] = useState<SpellingController | null>(null);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const keyboardMenuAt = useRef(0);

  useEffect(() => {
    let cancelled = false;
    let started: SpellingController | null = null;
    const idle = requestIdleCallback(
      () => {
        void personalDictionary.getPersonalDictionary({}).then((result) => {
          if (cancelled) return;
          if (!result.ok) notify(`Your personal dictionary could not be read: ${result.error.message}`);
          else if (result.value.notice) notify(result.value.notice);
          started = new SpellingController(editor, sharedSpellingWorker(), result.ok ? result.value.words : [], notify);
          setController(started);
        });
      },
      { timeout: 1000 },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(idle);
      started?.dispose();
    };
  }, [editor, personalDictionary, notify]);

  useEffect(() => {
    if (language !== null) void controller?.setLanguage(language);
  }, [controller, language]);

  const openMenu = useCallback(
    (target: MisspellingTarget, position: { x: number; y: number }) => {
      if (!controller) return;
      setMenu({ target, position, suggestions: editable ? null : [] });
      if (!editable) return;
      void controller.suggest(target.word.text).then((suggestions) => {
        setMenu((open) => (open?.target === target ? { ...open, suggestions } : open));
      });
    },
    [controller, editable],
  );

  useEffect(() => {
    if (!controller) return;
    // Whether to keep the browser's own menu is decided at once; the word itself may wait for
    // the worker's verdict on text typed a moment ago.
    const onContextMenu = (event: MouseEvent) => {
      if (Date.now() - keyboardMenuAt.current < KEYBOARD_MENU_GRACE_MS) {
        event.preventDefault();
        return;
      }
      const point = controller.pointAt(event.clientX, event.clientY);
      if (!point || !controller.mayBeFlaggedAt(point)) return;
      event.preventDefault();
      const position = { x: event.clientX, y: event.clientY };
      void controller.targetAt(point).then((target) => {
        if (target) openMenu(target, position);
      });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ContextMenu' && !(event.key === 'F10' && event.shiftKey)) return;
      const point = controller.caretPoint();
      if (!point || !controller.mayBeFlaggedAt(point)) return;
      event.preventDefault();
      keyboardMenuAt.current = Date.now();
      void controller.targetAt(point).then((target) => {
        const bounds = target ? controller.boundsOf(target) : null;
        if (target && bounds) openMenu(target, { x: bounds.left, y: bounds.bottom + 2 });
      });
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('contextmenu', onContextMenu);
      root?.addEventListener('keydown', onKeyDown);
    });
  }, [editor, controller, openMenu]);

  const closeMenu = useCallback(
    (returnFocus: boolean) => {
      setMenu(null);
      if (returnFocus) editor.focus();
    },
    [editor],
  );

  const addToDictionary = (word: string) => {
    controller?.accept(word, { learn: true });
    void personalDictionary.addToPersonalDictionary({ word: dictionaryForm(word) }).then((result) => {
      if (!result.ok) notify(`“${word}” is no longer flagged in this document, but it could not be added to your dictionary: ${result.error.message}`);
    });
  };

  return (
    <>
      <label className="status-item spelling-language">
        Spelling
        <select
          value={language ?? 'en-US'}
          data-testid="spelling-language"
          onChange={(event) => {
            if (!isSpellingLanguage(event.target.value)) return;
            if (setting) setting.onChange(event.target.value);
            else setOwnLanguage(event.target.value);
          }}
        >
          {SPELLING_LANGUAGES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {menu && controller && (
        <SpellingMenu
          word={menu.target.word.text}
          position={menu.position}
          suggestions={menu.suggestions}
          canReplace={editable}
          onReplace={(replacement) => {
            controller.replace(menu.target, replacement);
            closeMenu(true);
          }}
          onAdd={() => {
            addToDictionary(menu.target.word.text);
            closeMenu(true);
          }}
          onIgnore={() => {
            controller.accept(menu.target.word.text, { learn: false });
            closeMenu(true);
          }}
          onClose={closeMenu}
        />
      )}
    </>
  );
}

// The spell-checker, off the page's main thread so that checking never delays typing.
// Its Hunspell dictionaries are files of the app itself (Vite emits them next to this
// worker), fetched from the page's own origin: nothing is downloaded from anywhere else.
import nspell from 'nspell';
import { SpellChecker } from '../../../../core/spelling/checker';
import type { SpellingLanguage, SpellingReply, SpellingRequest } from './spelling-protocol';
// The dictionary packages export only a Node entry point that reads these files with
// node:fs, so the files themselves are imported by path.
import usAffix from '../../../../node_modules/dictionary-en/index.aff?url';
import usWords from '../../../../node_modules/dictionary-en/index.dic?url';
import ukAffix from '../../../../node_modules/dictionary-en-gb/index.aff?url';
import ukWords from '../../../../node_modules/dictionary-en-gb/index.dic?url';

const DICTIONARY_FILES: Record<SpellingLanguage, { affix: string; words: string }> = {
  'en-US': { affix: usAffix, words: usWords },
  'en-GB': { affix: ukAffix, words: ukWords },
};

/** The part of a dedicated worker's global scope used here (the page's TypeScript library describes a window). */
interface WorkerScope {
  postMessage(reply: SpellingReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SpellingRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

/** The analyst's words, kept here so a language loaded later knows them too. */
const personalWords = new Set<string>();
let current: { language: SpellingLanguage; checker: Promise<SpellChecker> } | null = null;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

async function loadChecker(language: SpellingLanguage): Promise<SpellChecker> {
  const files = DICTIONARY_FILES[language];
  const [affix, words] = await Promise.all([fetchText(files.affix), fetchText(files.words)]);
  const checker = new SpellChecker(nspell(affix, words));
  for (const word of personalWords) checker.accept(word);
  return checker;
}

/** The loaded checker, or null when none is (or its dictionary failed to load: nothing is flagged then). */
async function loadedChecker(): Promise<SpellChecker | null> {
  return current ? current.checker.catch(() => null) : null;
}

async function accept(words: readonly string[]): Promise<void> {
  const fresh = words.filter((word) => !personalWords.has(word));
  for (const word of fresh) personalWords.add(word);
  const checker = await loadedChecker();
  for (const word of fresh) checker?.accept(word);
}

async function handle(request: SpellingRequest): Promise<void> {
  switch (request.kind) {
    case 'load': {
      const { id, language } = request;
      if (current?.language !== language) current = { language, checker: loadChecker(language) };
      const loading = current.checker;
      await accept(request.personalWords);
      try {
        await loading;
        scope.postMessage({ kind: 'loaded', id, language });
      } catch (thrown) {
        // Forgotten, so that the next editor to open tries again.
        if (current?.checker === loading) current = null;
        scope.postMessage({ kind: 'load-failed', id, language, message: thrown instanceof Error ? thrown.message : String(thrown) });
      }
      return;
    }
    case 'check': {
      const checker = await loadedChecker();
      scope.postMessage({ kind: 'checked', id: request.id, misspellings: request.texts.map((text) => checker?.misspellings(text) ?? []) });
      return;
    }
    case 'suggest': {
      const checker = await loadedChecker();
      scope.postMessage({ kind: 'suggested', id: request.id, suggestions: checker?.suggestions(request.word) ?? [] });
      return;
    }
    case 'accept':
      await accept(request.words);
      return;
  }
}

/** A request that failed is still answered (nothing flagged, nothing suggested), so the page never waits for ever. */
function answerEmpty(request: SpellingRequest): void {
  if (request.kind === 'check') scope.postMessage({ kind: 'checked', id: request.id, misspellings: request.texts.map(() => []) });
  if (request.kind === 'suggest') scope.postMessage({ kind: 'suggested', id: request.id, suggestions: [] });
}

scope.addEventListener('message', (event) => {
  handle(event.data).catch(() => answerEmpty(event.data));
});

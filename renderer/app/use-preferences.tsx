import { useCallback, useEffect, useMemo, useState } from 'react';
import { defaultPreferences, newDocumentDefaults, type Preferences, type PreferencesChange } from '../../core/preferences/schema';
import type { BriefErrorInfo } from '../../core/errors';
import { PreferencesDialog } from '../dialogs/PreferencesDialog';
import { forgetLegacySpellingLanguage, legacySpellingLanguage, type SpellingLanguageSetting } from '../editor/plugins/spellcheck/spelling-language';
import type { SpellingLanguage } from '../editor/plugins/spellcheck/spelling-protocol';
import type { DocumentSession } from './document-session';
import type { HostClient } from './host-client';
import type { Templates } from './templates';

/**
 * The analyst's preferences in this window: read from the host once, handed to the
 * session (autosave delay, new-document defaults), the spell-checker and the template
 * pickers, and edited in the Preferences dialog. A damaged preferences file is reported
 * once through the notice bar; the defaults are used meanwhile.
 */
export function usePreferences(host: HostClient, session: DocumentSession, templates: Templates) {
  const [preferences, setPreferences] = useState<Preferences>(defaultPreferences);
  const [loaded, setLoaded] = useState(false);
  const [editing, setEditing] = useState(false);
  const { applyPreferences, showNotice, showProblem } = session;

  useEffect(() => {
    let current = true;
    void (async () => {
      const result = await host.getPreferences({});
      if (!current) return;
      if (!result.ok) {
        showProblem({ error: { ...result.error, message: `Your preferences could not be read, so the defaults are in use: ${result.error.message}` } });
        setLoaded(true);
        return;
      }
      let read = result.value.preferences;
      if (result.value.notice) showNotice(result.value.notice);
      // An earlier version kept the spelling language in the page; carry it over once.
      const legacy = legacySpellingLanguage();
      if (!result.value.stored && legacy !== null && legacy !== read.spellingLanguage) {
        const moved = await host.setPreferences({ changes: { spellingLanguage: legacy } });
        if (moved.ok) read = moved.value.preferences;
      }
      forgetLegacySpellingLanguage();
      if (!current) return;
      setPreferences(read);
      setLoaded(true);
    })();
    return () => {
      current = false;
    };
  }, [host, showNotice, showProblem]);

  useEffect(() => {
    applyPreferences({ recoveryDelayMs: preferences.autosaveDelaySeconds * 1000, newDocument: newDocumentDefaults(preferences) });
  }, [applyPreferences, preferences]);

  /** Saves some preferences; resolves to the problem, or null once saved. */
  const change = useCallback(
    async (changes: PreferencesChange): Promise<BriefErrorInfo | null> => {
      const result = await host.setPreferences({ changes });
      if (!result.ok) return result.error;
      setPreferences(result.value.preferences);
      return null;
    },
    [host],
  );

  const spelling = useMemo<SpellingLanguageSetting>(
    () => ({
      language: loaded ? preferences.spellingLanguage : null,
      onChange: (language: SpellingLanguage) => {
        // Follow the choice at once; the file catches up.
        setPreferences((current) => ({ ...current, spellingLanguage: language }));
        void change({ spellingLanguage: language }).then((problem) => {
          if (problem) showProblem({ error: { ...problem, message: `The spelling language could not be kept for next time: ${problem.message}` } });
        });
      },
    }),
    [loaded, preferences.spellingLanguage, change, showProblem],
  );

  const dialog = editing ? (
    <PreferencesDialog
      preferences={preferences}
      templates={templates.all}
      onCancel={() => setEditing(false)}
      onSave={async (next) => {
        const problem = await change(next);
        if (problem) return problem;
        setEditing(false);
        showNotice('Preferences saved. New documents use them from now on.');
        return null;
      }}
    />
  ) : null;

  const newDocument = useMemo(() => ({ template: preferences.defaultTemplate, document: newDocumentDefaults(preferences) }), [preferences]);

  return { values: preferences, loaded, spelling, newDocument, open: () => setEditing(true), dialog };
}

export type PreferencesState = ReturnType<typeof usePreferences>;

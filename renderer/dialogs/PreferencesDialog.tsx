import { useState, type ReactNode } from 'react';
import type { NotesPlacement, Yardstick } from '../../core/document/schema';
import type { BriefErrorInfo } from '../../core/errors';
import { BUILTIN_SCHEMES, builtinScheme } from '../../core/markings/builtin-schemes';
import { AUTOSAVE_DELAY_SECONDS, MAX_AUTHOR_CHARS, type Preferences } from '../../core/preferences/schema';
import type { Template } from '../../core/templates/schema';
import { SPELLING_LANGUAGES, isSpellingLanguage } from '../editor/plugins/spellcheck/spelling-protocol';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';

const YARDSTICKS: readonly { id: Yardstick; label: string }[] = [
  { id: 'icd-203', label: 'ICD 203 (US intelligence community)' },
  { id: 'phia', label: 'PHIA probability yardstick (UK)' },
];

const NOTES: readonly { id: NotesPlacement; label: string }[] = [
  { id: 'footnotes', label: 'Footnotes, at the foot of each page' },
  { id: 'endnotes', label: 'Endnotes, at the end of the document' },
];

/** The form as typed: the delay stays text until it is checked, so a half-typed number is never lost. */
interface Draft extends Omit<Preferences, 'autosaveDelaySeconds'> {
  autosaveDelay: string;
}

type FieldName = 'author' | 'autosaveDelay';
const FIELD_IDS: Record<FieldName, string> = { author: 'pref-author', autosaveDelay: 'pref-autosave' };

/** What is wrong with the form, field by field, in an analyst's words. */
function problemsOf(draft: Draft): Map<FieldName, string> {
  const problems = new Map<FieldName, string>();
  if (draft.author.trim().length > MAX_AUTHOR_CHARS) problems.set('author', `Your name can be at most ${MAX_AUTHOR_CHARS} characters.`);
  const { min, max } = AUTOSAVE_DELAY_SECONDS;
  if (!/^\d+$/.test(draft.autosaveDelay.trim()) || Number(draft.autosaveDelay) < min || Number(draft.autosaveDelay) > max) {
    problems.set('autosaveDelay', `Enter a whole number of seconds from ${min} to ${max}.`);
  }
  return problems;
}

/**
 * Edit › Preferences: the author written into new documents, what a new document starts
 * as (template, marking, yardstick, notes), how soon unsaved work is copied aside, and the
 * spelling language. Nothing is saved until the analyst presses Save; problems are shown
 * beside their field and announced.
 */
export function PreferencesDialog({
  preferences,
  templates,
  onSave,
  onCancel,
}: {
  preferences: Preferences;
  templates: readonly Template[];
  /** Resolves to the problem to show, or null once saved. */
  onSave: (preferences: Preferences) => Promise<BriefErrorInfo | null>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => {
    const { autosaveDelaySeconds, ...rest } = preferences;
    return { ...rest, autosaveDelay: String(autosaveDelaySeconds) };
  });
  const [showProblems, setShowProblems] = useState(false);
  const [failure, setFailure] = useState<BriefErrorInfo | null>(null);
  const [saving, setSaving] = useState(false);
  const problems = showProblems ? problemsOf(draft) : new Map<FieldName, string>();
  const change = (fields: Partial<Draft>) => setDraft((current) => ({ ...current, ...fields }));
  const scheme = builtinScheme(draft.marking.scheme);
  const templateKnown = templates.some((template) => template.id === draft.defaultTemplate);

  const save = async () => {
    setShowProblems(true);
    const [first] = problemsOf(draft).keys();
    if (first !== undefined) {
      // Straight to the first field that needs attention, as a screen-reader user would expect.
      document.getElementById(FIELD_IDS[first])?.focus();
      return;
    }
    const { autosaveDelay, ...rest } = draft;
    setSaving(true);
    const problem = await onSave({ ...rest, author: rest.author.trim(), autosaveDelaySeconds: Number(autosaveDelay) });
    setSaving(false);
    setFailure(problem);
  };

  return (
    <Dialog title="Preferences" onCancel={onCancel} testId="preferences-dialog">
      <form
        noValidate
        className="preferences-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field id="pref-author" label="Your name" hint="Written as the author of new documents." problem={problems.get('author')}>
          {(described) => (
            <input
              id="pref-author"
              autoFocus
              value={draft.author}
              maxLength={MAX_AUTHOR_CHARS}
              autoComplete="name"
              aria-invalid={problems.has('author')}
              aria-describedby={described}
              onChange={(event) => change({ author: event.target.value })}
              data-testid="pref-author"
            />
          )}
        </Field>

        <fieldset className="preferences-group">
          <legend>New documents</legend>
          <p className="hint">Used where the template does not set its own.</p>
          <Field id="pref-template" label="Template" hint="Offered first under New and on the start strip.">
            {(described) => (
              <select id="pref-template" value={draft.defaultTemplate} aria-describedby={described} onChange={(event) => change({ defaultTemplate: event.target.value })} data-testid="pref-template">
                {!templateKnown && <option value={draft.defaultTemplate}>{draft.defaultTemplate} (no longer available)</option>}
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="preferences-row">
            <Field id="pref-marking-scheme" label="Marking scheme">
              {(described) => (
                <select
                  id="pref-marking-scheme"
                  value={draft.marking.scheme}
                  aria-describedby={described}
                  // A level belongs to its scheme: another scheme starts with no level chosen.
                  onChange={(event) => change({ marking: { scheme: event.target.value, level: null } })}
                  data-testid="pref-marking-scheme"
                >
                  {BUILTIN_SCHEMES.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="pref-marking-level" label="Marking level">
              {(described) => (
                <select
                  id="pref-marking-level"
                  value={draft.marking.level ?? ''}
                  disabled={!scheme || scheme.levels.length === 0}
                  aria-describedby={described}
                  onChange={(event) => change({ marking: { scheme: draft.marking.scheme, level: event.target.value === '' ? null : event.target.value } })}
                  data-testid="pref-marking-level"
                >
                  <option value="">No level</option>
                  {scheme?.levels.map((level) => (
                    <option key={level.id} value={level.id}>
                      {level.banner}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field id="pref-yardstick" label="Estimative-language yardstick" hint="The checks hold judgments to its words.">
            {(described) => (
              <select
                id="pref-yardstick"
                value={draft.yardstick}
                aria-describedby={described}
                onChange={(event) => change({ yardstick: YARDSTICKS.find((option) => option.id === event.target.value)?.id ?? draft.yardstick })}
                data-testid="pref-yardstick"
              >
                {YARDSTICKS.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset className="preferences-choices">
            <legend>Notes in exports</legend>
            {NOTES.map((option) => (
              <label key={option.id} className="checkbox-field">
                <input type="radio" name="pref-notes" value={option.id} checked={draft.notes === option.id} onChange={() => change({ notes: option.id })} data-testid={`pref-notes-${option.id}`} />
                <span>{option.label}</span>
              </label>
            ))}
          </fieldset>
        </fieldset>

        <div className="preferences-row">
          <Field
            id="pref-autosave"
            label="Autosave delay (seconds)"
            hint={`Unsaved changes are copied aside this long after you stop typing, for recovery after a crash (${AUTOSAVE_DELAY_SECONDS.min}–${AUTOSAVE_DELAY_SECONDS.max}).`}
            problem={problems.get('autosaveDelay')}
          >
            {(described) => (
              <input
                id="pref-autosave"
                type="number"
                inputMode="numeric"
                min={AUTOSAVE_DELAY_SECONDS.min}
                max={AUTOSAVE_DELAY_SECONDS.max}
                step={1}
                value={draft.autosaveDelay}
                aria-invalid={problems.has('autosaveDelay')}
                aria-describedby={described}
                onChange={(event) => change({ autosaveDelay: event.target.value })}
                data-testid="pref-autosave"
              />
            )}
          </Field>
          <Field id="pref-spelling" label="Spelling language">
            {(described) => (
              <select
                id="pref-spelling"
                value={draft.spellingLanguage}
                aria-describedby={described}
                onChange={(event) => isSpellingLanguage(event.target.value) && change({ spellingLanguage: event.target.value })}
                data-testid="pref-spelling"
              >
                {SPELLING_LANGUAGES.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        {failure && (
          <p className="field-problem" role="alert" data-testid="preferences-problem">
            {failure.message}
          </p>
        )}
        <FormActions submitLabel={saving ? 'Saving…' : 'Save'} submitTestId="save-preferences" submitDisabled={saving} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}

/** A labelled control with its hint, or its problem in place of the hint, tied to it for screen readers. */
function Field({ id, label, hint, problem, children }: { id: string; label: string; hint?: string; problem?: string; children: (describedBy: string | undefined) => ReactNode }) {
  const note = problem ?? hint;
  const noteId = note === undefined ? undefined : `${id}-${problem === undefined ? 'hint' : 'problem'}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(noteId)}
      {problem !== undefined ? (
        <p className="field-problem" id={noteId} role="alert" data-testid={`${id}-problem`}>
          {problem}
        </p>
      ) : (
        hint !== undefined && (
          <p className="hint" id={noteId}>
            {hint}
          </p>
        )
      )}
    </div>
  );
}

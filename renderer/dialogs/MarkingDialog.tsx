import { useState } from 'react';
import type { DocumentMarking } from '../../core/document/schema';
import { BriefError } from '../../core/errors';
import { BUILTIN_SCHEMES, builtinScheme } from '../../core/markings/builtin-schemes';
import { parseMarkingScheme } from '../../core/markings/custom-scheme';
import { markingFields, readMark, schemeOf } from '../../core/markings/document-marking';
import { markText, markOfMarking } from '../../core/markings/portion-mark';
import { Dialog } from './Dialog';
import { FileButton } from './FileButton';
import { FormActions } from './FormActions';

export interface MarkingDialogProps {
  marking: DocumentMarking;
  /** Whether any portion, citation or source carries a mark: the scheme can change only while none does. */
  hasPortionMarks: boolean;
  /**
   * Applies the change (core/markings/change-marking), throwing a BriefError that says why
   * it cannot be made: below the portions, or lowered without a reason.
   */
  onApply: (next: Pick<DocumentMarking, 'scheme' | 'level' | 'controls' | 'customScheme'>, reason: string) => void;
  onCancel: () => void;
}

/**
 * The document's own marking: its scheme, level and controls. Raising is free; lowering asks
 * why, and the reason is kept with the document and listed here; nothing goes below the
 * highest portion.
 */
export function MarkingDialog({ marking, hasPortionMarks, onApply, onCancel }: MarkingDialogProps) {
  const [schemeId, setSchemeId] = useState(marking.scheme);
  /** An organisation's own scheme, as its file defines it: the document's, or one just loaded. */
  const [custom, setCustom] = useState(marking.customScheme);
  const lookup = schemeOf({ scheme: schemeId, customScheme: custom });
  const scheme = lookup.scheme;
  const own = scheme && schemeId === marking.scheme ? markOfMarking(marking, scheme) : null;
  const [level, setLevel] = useState<string>(own?.level ?? '');
  const [controls, setControls] = useState(() => {
    // The banner's text after its level: "SECRET//NOFORN" → "NOFORN".
    const levelBanner = scheme?.levels.find((candidate) => candidate.id === own?.level)?.banner;
    const written = own && scheme ? markText(own, scheme, 'banner') : '';
    return levelBanner && written.startsWith(levelBanner) ? written.slice(levelBanner.length).replace(/^[^A-Z0-9]+/i, '') : '';
  });
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(lookup.problem);
  const customScheme = custom ? schemeOf({ scheme: String(custom.id), customScheme: custom }).scheme : null;
  const schemes = [...BUILTIN_SCHEMES, ...(customScheme ? [customScheme] : []), ...(BUILTIN_SCHEMES.some((candidate) => candidate.id === marking.scheme) || customScheme?.id === marking.scheme ? [] : [{ id: marking.scheme, name: marking.scheme }])];

  /** Reads an organisation's scheme file: a file that is not a valid scheme is named with its problem and not applied. */
  const loadScheme = async (file: File) => {
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      return setProblem(`The marking scheme "${file.name}" is not a JSON file; nothing was changed.`);
    }
    try {
      const loaded = parseMarkingScheme(raw, file.name);
      if (builtinScheme(loaded.id)) return setProblem(`The marking scheme "${file.name}" uses the id "${loaded.id}" of a built-in scheme; give it an id of its own.`);
      setCustom(raw as Record<string, unknown>);
      setSchemeId(loaded.id);
      setLevel('');
      setControls('');
      setProblem(null);
    } catch (thrown) {
      if (!(thrown instanceof BriefError)) throw thrown;
      setProblem(thrown.message);
    }
  };

  const apply = () => {
    if (!scheme) return;
    const chosen = scheme.levels.find((candidate) => candidate.id === level);
    const written = chosen ? [chosen.portion, controls.trim()].filter(Boolean).join(scheme.groupSeparator) : '';
    const fields = markingFields(written ? readMark(written, scheme) : null, scheme);
    try {
      onApply({ scheme: schemeId, ...fields, ...(builtinScheme(schemeId) || !custom ? {} : { customScheme: custom }) }, reason);
    } catch (thrown) {
      if (!(thrown instanceof BriefError)) throw thrown;
      setProblem(thrown.message);
    }
  };

  return (
    <Dialog title="Document marking" onCancel={onCancel} testId="marking-dialog">
      <form
        className="marking-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <label>
          Scheme
          <select
            value={schemeId}
            disabled={hasPortionMarks}
            data-testid="marking-scheme"
            aria-describedby={hasPortionMarks ? 'marking-scheme-locked' : undefined}
            onChange={(event) => {
              setSchemeId(event.target.value);
              setLevel('');
              setControls('');
              setProblem(null);
            }}
          >
            {schemes.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        {hasPortionMarks ? (
          <p id="marking-scheme-locked" className="hint">
            The scheme can change only while no portion is marked.
          </p>
        ) : (
          <FileButton label="Load your organisation’s scheme…" accept=".json,application/json" testId="marking-scheme-file" onFiles={([file]) => file && void loadScheme(file)} />
        )}
        {scheme && scheme.levels.length > 0 && (
          <>
            <label>
              Level
              <select value={level} onChange={(event) => setLevel(event.target.value)} data-testid="marking-level">
                <option value="">No level</option>
                {scheme.levels.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.banner}
                  </option>
                ))}
              </select>
            </label>
            {scheme.controls.length > 0 && (
              <label>
                Controls, as written after “{scheme.groupSeparator}” (e.g. NOFORN, or REL TO USA, GBR)
                <input value={controls} onChange={(event) => setControls(event.target.value)} data-testid="marking-controls" />
              </label>
            )}
          </>
        )}
        <label>
          Reason, when lowering the marking (kept with the document)
          <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} data-testid="marking-reason" />
        </label>
        {problem && (
          <p className="form-error" role="alert" data-testid="marking-problem">
            {problem}
          </p>
        )}
        {(marking.changes?.length ?? 0) > 0 && (
          <details>
            <summary>Earlier lowerings ({marking.changes?.length})</summary>
            <ul className="marking-history" data-testid="marking-history">
              {marking.changes?.map((change) => (
                <li key={change.at}>
                  {new Date(change.at).toLocaleString()}: {change.from || 'no level'} → {change.to || 'no level'}. {change.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
        <FormActions submitLabel="Apply" submitTestId="apply-marking" submitDisabled={!scheme} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}

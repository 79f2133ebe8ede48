import { useMemo, useState } from 'react';
import type { MetadataValue } from '../../../core/document/schema';
import { validateMetadata } from '../../../core/templates/create-from-template';
import type { Template } from '../../../core/templates/schema';
import { documentFieldValues } from './form-values';

/**
 * The state of a template's metadata form: its values, and its problems, which show
 * once the analyst first tries to submit. `submit` hands over the document's field
 * values only when there is no problem.
 */
export function useMetadataForm(template: Template | null | undefined, initial: Record<string, MetadataValue> = {}) {
  const [values, setValues] = useState<Record<string, MetadataValue>>(initial);
  const [submitted, setSubmitted] = useState(false);
  const problems = useMemo(
    () => new Map(template ? validateMetadata(template, documentFieldValues(template, values)).map((problem) => [problem.field, problem.message]) : []),
    [template, values],
  );
  return {
    values,
    problems: submitted ? problems : new Map<string, string>(),
    onChange: (name: string, value: MetadataValue) => setValues((current) => ({ ...current, [name]: value })),
    reset: () => {
      setValues(initial);
      setSubmitted(false);
    },
    submit(onValid: (fields: Record<string, MetadataValue>) => void) {
      setSubmitted(true);
      if (template && problems.size === 0) onValid(documentFieldValues(template, values));
    },
  };
}

import type { MetadataValue, Person } from '../../../core/document/schema';
import type { TemplateField } from '../../../core/templates/schema';
import { PeopleField } from './PeopleField';
import './metadata.css';

/**
 * The template's metadata fields as a form. Problems are shown next to their field
 * and announced; the form itself never decides what is valid (core does).
 */
export function MetadataForm({
  fields,
  values,
  problems,
  onChange,
}: {
  fields: readonly TemplateField[];
  values: Record<string, MetadataValue>;
  problems: ReadonlyMap<string, string>;
  onChange: (name: string, value: MetadataValue) => void;
}) {
  return (
    <div className="metadata-form">
      {fields.map((field) => {
        const id = `field-${field.name}`;
        const problem = problems.get(field.name);
        const describedBy = problem ? `${id}-problem` : field.help ? `${id}-help` : undefined;
        const value = values[field.name];
        const text = typeof value === 'string' ? value : '';
        const common = {
          id,
          'aria-invalid': problem !== undefined,
          'aria-describedby': describedBy,
          'aria-required': field.required,
          'data-field': field.name,
        };
        return (
          <div className="metadata-field" key={field.name}>
            <label htmlFor={id}>
              {field.label}
              {field.required && <span aria-hidden="true"> *</span>}
            </label>
            {field.type === 'people' ? (
              <PeopleField id={id} people={Array.isArray(value) ? value : []} onChange={(people: Person[]) => onChange(field.name, people)} />
            ) : field.type === 'multiline' ? (
              <textarea {...common} rows={3} value={text} onChange={(event) => onChange(field.name, event.target.value)} />
            ) : field.type === 'select' ? (
              <select {...common} value={text} onChange={(event) => onChange(field.name, event.target.value)}>
                <option value="">—</option>
                {field.options?.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type={field.type === 'date' ? 'date' : field.type === 'date-time' ? 'datetime-local' : 'text'}
                value={text}
                onChange={(event) => onChange(field.name, event.target.value)}
              />
            )}
            {problem ? (
              <p className="field-problem" id={`${id}-problem`} role="alert">
                {problem}
              </p>
            ) : (
              field.help && (
                <p className="hint" id={`${id}-help`}>
                  {field.help}
                </p>
              )
            )}
          </div>
        );
      })}
    </div>
  );
}

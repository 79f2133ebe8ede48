import type { Person } from '../../../core/document/schema';

const COLUMNS: ReadonlyArray<{ key: keyof Person; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'title', label: 'Title' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'side', label: 'Side' },
];

const EMPTY: Person = { name: '', title: '', organisation: '', side: '' };

/** A list of people (participants, distribution) as an editable table. */
export function PeopleField({ id, people, onChange }: { id: string; people: readonly Person[]; onChange: (people: Person[]) => void }) {
  const rows = people.length > 0 ? people : [EMPTY];
  const update = (index: number, key: keyof Person, value: string) =>
    onChange(rows.map((person, at) => (at === index ? { ...person, [key]: value } : person)));
  return (
    <div className="people-field" id={id} role="group">
      <table>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((person, index) => (
            <tr key={index}>
              {COLUMNS.map((column) => (
                <td key={column.key}>
                  <input
                    aria-label={`${column.label} of person ${index + 1}`}
                    value={person[column.key]}
                    onChange={(event) => update(index, column.key, event.target.value)}
                    data-person={`${index}-${column.key}`}
                  />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove person ${index + 1}`}
                  onClick={() => onChange(rows.filter((_, at) => at !== index))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="add-person" onClick={() => onChange([...rows, EMPTY])}>
        Add a person
      </button>
    </div>
  );
}

import type { BriefDocument, Person } from '../../../core/document/schema';
import type { Template } from '../../../core/templates/schema';
import './title-block.css';

/**
 * The document's title block, drawn from its metadata: subject, date, time, place,
 * participants and the rest. It is not text in the editor, so it cannot drift from the
 * metadata; it changes when the metadata does.
 */
export function TitleBlock({ document, template }: { document: BriefDocument; template: Template | undefined }) {
  const { metadata } = document;
  const fields = template?.fields ?? [];
  const label = (name: string) => fields.find((field) => field.name === name)?.label ?? name;
  const details = fields.filter((field) => field.name !== 'subject' && field.type !== 'people' && textOf(metadata.fields[field.name]) !== '');
  const peopleFields = fields.filter((field) => field.type === 'people' && peopleOf(metadata.fields[field.name]).length > 0);
  if (metadata.title === '' && details.length === 0 && peopleFields.length === 0) return null;
  return (
    <header className="title-block" data-testid="title-block" aria-label="Title block">
      {metadata.title && <p className="title-block-title">{metadata.title}</p>}
      {details.length > 0 && (
        <dl className="title-block-details">
          {details.map((field) => (
            <div key={field.name}>
              <dt>{label(field.name)}</dt>
              <dd>{textOf(metadata.fields[field.name])}</dd>
            </div>
          ))}
        </dl>
      )}
      {peopleFields.map((field) => (
        <table className="title-block-people" key={field.name}>
          <caption>{field.label}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Title</th>
              <th scope="col">Organisation</th>
            </tr>
          </thead>
          <tbody>
            {peopleOf(metadata.fields[field.name]).map((person, index) => (
              <tr key={index}>
                <td>{person.name}</td>
                <td>{person.title}</td>
                <td>{[person.organisation, person.side].filter(Boolean).join(' — ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </header>
  );
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function peopleOf(value: unknown): Person[] {
  return Array.isArray(value) ? value : [];
}

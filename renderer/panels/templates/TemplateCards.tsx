import type { Template } from '../../../core/templates/schema';

/**
 * The templates as cards: name, what it is for, and its sections as a preview of the
 * document it makes. Used by the start strip and by File › New.
 */
export function TemplateCards({ templates, layout, onChoose }: { templates: readonly Template[]; layout: 'row' | 'column'; onChoose: (template: Template) => void }) {
  return (
    <ul className={`template-list template-list-${layout}`} aria-label="Templates">
      {templates.map((template) => (
        <li key={template.id}>
          <button type="button" className="template-card" data-template={template.id} onClick={() => onChoose(template)}>
            <strong>{template.name}</strong>
            <span className="template-description">{template.description}</span>
            {template.sections.length > 0 && (
              <span className="template-sections" aria-label={`Sections: ${template.sections.map((section) => section.heading).join(', ')}`}>
                {template.sections.map((section) => section.heading).join(' · ')}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

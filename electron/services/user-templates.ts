import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { builtinTemplates } from '../../core/templates/builtin';
import { parseTemplate, type Template } from '../../core/templates/schema';
import { BriefError, toErrorInfo } from '../../core/errors';
import { writeFileAtomic } from './atomic-write';

/** A template file far larger than any template: refused before it is parsed. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

export interface TemplateFileProblem {
  file: string;
  message: string;
}

/**
 * The analyst's own templates: one JSON file per template in the app's data folder,
 * validated like the built-in ones. A built-in template's id cannot be taken, so
 * nothing an analyst saves or imports can replace one by mistake.
 */
export class UserTemplates {
  constructor(readonly folder: string) {}

  /** Every valid template in the folder; each invalid file is reported by name rather than failing the list. */
  async list(): Promise<{ templates: Template[]; problems: TemplateFileProblem[] }> {
    const names = (await readdir(this.folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
    const templates: Template[] = [];
    const problems: TemplateFileProblem[] = [];
    for (const name of names) {
      try {
        templates.push(this.parse(await readFile(join(this.folder, name), 'utf8'), name));
      } catch (thrown) {
        problems.push({ file: name, message: toErrorInfo(thrown).message });
      }
    }
    return { templates, problems };
  }

  /** Saves a template under its id; an existing one is replaced only when asked. */
  async save(template: Template, options: { overwrite: boolean }): Promise<void> {
    if (builtinTemplates.some((builtin) => builtin.id === template.id)) {
      throw new BriefError('permission-denied', `“${template.id}” is the id of a built-in template, which cannot be replaced. Choose another id.`);
    }
    const path = join(this.folder, `${template.id}.json`);
    if (!options.overwrite && (await stat(path).catch(() => null))) {
      throw new BriefError('already-exists', `You already have a template with the id “${template.id}”.`);
    }
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(template, null, 2)}\n`));
  }

  /** Imports a template file a colleague shared: validated first, so an invalid file changes nothing. */
  async import(fileName: string, text: string, options: { overwrite: boolean }): Promise<Template> {
    const template = this.parse(text, fileName);
    await this.save(template, options);
    return template;
  }

  private parse(text: string, fileName: string): Template {
    if (text.length > MAX_TEMPLATE_BYTES) throw new BriefError('too-large', `The template "${fileName}" is too large to be a template.`);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (thrown) {
      throw new BriefError('invalid-request', `The template "${fileName}" is not valid: it is not JSON.`, thrown instanceof Error ? thrown.message : String(thrown));
    }
    return parseTemplate(raw, fileName);
  }
}

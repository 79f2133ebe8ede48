import { displayName, type SourceName } from './schema';

/**
 * Authors as an analyst types them, separated by semicolons: "Julian Bechocha",
 * "Doe, Jane" (family first), or an organisation in braces, "{Rudaw staff}", kept whole.
 * A single word is kept whole too, since it is a name no one can split.
 */
export function parseAuthors(text: string): SourceName[] {
  return text
    .split(';')
    .map((entry) => entry.trim().replace(/\s+/g, ' '))
    .filter((entry) => entry.length > 0)
    .map((entry): SourceName => {
      const braced = /^\{(.+)\}$/.exec(entry);
      if (braced) return { literal: (braced[1] as string).trim() };
      const comma = entry.indexOf(',');
      if (comma > 0) return { family: entry.slice(0, comma).trim(), given: entry.slice(comma + 1).trim() };
      const lastSpace = entry.lastIndexOf(' ');
      if (lastSpace < 0) return { literal: entry };
      return { family: entry.slice(lastSpace + 1), given: entry.slice(0, lastSpace) };
    });
}

/** The inverse of parseAuthors, for editing: names that would split wrongly are braced. */
export function formatAuthors(names: readonly SourceName[]): string {
  return names
    .map((name) => {
      if ('literal' in name) return name.literal.includes(' ') ? `{${name.literal}}` : name.literal;
      if (!name.given) return name.family.includes(' ') ? `{${name.family}}` : name.family;
      // "Given Family" reads naturally; a family name of several words needs the comma form.
      return name.family.includes(' ') ? `${name.family}, ${name.given}` : displayName(name);
    })
    .join('; ');
}

import { NAMESPACE, XML_DECLARATION, escapeXml } from './xml';

const TYPE_PREFIX = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** The kinds of relationship a part of ours has: to the parts beside it, to images, to web pages. */
export type RelationshipType = 'styles' | 'numbering' | 'settings' | 'fontTable' | 'footnotes' | 'endnotes' | 'header' | 'footer' | 'image' | 'hyperlink';

interface Relationship {
  id: string;
  type: RelationshipType;
  target: string;
  external: boolean;
}

/**
 * One part's relationships (its `_rels/….rels`): what its `r:id` attributes point at. A
 * web page linked several times is one relationship.
 */
export class PartRelationships {
  private readonly relationships: Relationship[] = [];
  private readonly hyperlinks = new Map<string, string>();

  /** A relationship to another part of the package (or an image in it), by its path relative to this part. */
  add(type: Exclude<RelationshipType, 'hyperlink'>, target: string): string {
    return this.push(type, target, false);
  }

  /** The relationship id of a link to a web page. */
  hyperlink(url: string): string {
    let id = this.hyperlinks.get(url);
    if (id === undefined) {
      id = this.push('hyperlink', url, true);
      this.hyperlinks.set(url, id);
    }
    return id;
  }

  get isEmpty(): boolean {
    return this.relationships.length === 0;
  }

  xml(): string {
    const entries = this.relationships.map(
      ({ id, type, target, external }) => `<Relationship Id="${id}" Type="${TYPE_PREFIX}${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ''}/>`,
    );
    return `${XML_DECLARATION}<Relationships xmlns="${NAMESPACE.relationships}">${entries.join('')}</Relationships>`;
  }

  private push(type: RelationshipType, target: string, external: boolean): string {
    const id = `rId${this.relationships.length + 1}`;
    this.relationships.push({ id, type, target, external });
    return id;
  }
}

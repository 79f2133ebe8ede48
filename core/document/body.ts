import type { DocumentBody, SerializedBodyNode } from './schema';

/** Visits every node of a serialized body, depth first, in document order. */
export function walkBody(body: DocumentBody, visit: (node: SerializedBodyNode) => void): void {
  const stack: SerializedBodyNode[] = [...body.root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as SerializedBodyNode;
    visit(node);
    if (node.children) for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as SerializedBodyNode);
  }
}

/** The media ids that image nodes in the body point at. */
export function referencedMediaIds(body: DocumentBody): Set<string> {
  const ids = new Set<string>();
  walkBody(body, (node) => {
    if (node.type === 'image' && typeof node.mediaId === 'string') ids.add(node.mediaId);
  });
  return ids;
}

/** The text of the first heading, used as a title when the metadata has none. */
export function firstHeadingText(body: DocumentBody): string {
  const heading = body.root.children.find((node) => node.type === 'heading');
  if (!heading) return '';
  let text = '';
  walkBody({ root: { type: 'root', version: 1, children: [heading] } }, (node) => {
    if (typeof node.text === 'string') text += node.text;
  });
  return text.trim();
}

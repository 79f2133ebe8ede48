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

/** The text a node holds, its descendants' text runs joined. */
export function nodeText(node: SerializedBodyNode): string {
  let text = '';
  walkBody({ root: { type: 'root', version: 1, children: [node] } }, (child) => {
    if (typeof child.text === 'string') text += child.text;
  });
  return text;
}

/** The text of the first heading, used as a title when the metadata has none. */
export function firstHeadingText(body: DocumentBody): string {
  const heading = body.root.children.find((node) => node.type === 'heading' || node.type === 'section-heading');
  return heading ? nodeText(heading).trim() : '';
}

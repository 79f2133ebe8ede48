import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerBlockGroups } from '../../block-groups';

/** Keeps the top-level blocks in groups (block-groups.ts); placed before LoadBodyPlugin. */
export function BlockGroupsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBlockGroups(editor), [editor]);
  return null;
}

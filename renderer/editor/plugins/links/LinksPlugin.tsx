import { LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_EDITOR, type BaseSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { $selectedLink, $syncSelectionFromDom } from '../../formatting';
import { $applyLink, $removeLink } from './apply-link';
import { OPEN_LINK_DIALOG_COMMAND } from './link-commands';
import { LinkDialog } from './LinkDialog';
import { isSafeLinkUrl } from './link-url';

interface OpenDialog {
  initialUrl: string;
  asksForText: boolean;
  /** The selection when the dialog opened; focus moves to the dialog, the link goes here. */
  selection: BaseSelection | null;
}

/** Stops every kind of click on a link (plain, modified, middle) from navigating the app. */
function blockLinkNavigation(root: HTMLElement): () => void {
  const block = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
  };
  root.addEventListener('click', block);
  root.addEventListener('auxclick', block);
  return () => {
    root.removeEventListener('click', block);
    root.removeEventListener('auxclick', block);
  };
}

/** Links: the dialog to add, edit and remove them, and the guarantees that keep them harmless. */
export function LinksPlugin() {
  const [editor] = useLexicalComposerContext();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerRootListener((root) => (root ? blockLinkNavigation(root) : undefined)),
        // A link from anywhere (an old file, another editor's clipboard) with an address that is
        // not http, https or mailto is turned back into plain text.
        editor.registerNodeTransform(LinkNode, (link) => {
          if (isSafeLinkUrl(link.getURL())) return;
          for (const child of link.getChildren()) link.insertBefore(child);
          link.remove();
        }),
        editor.registerCommand(
          OPEN_LINK_DIALOG_COMMAND,
          () => {
            if (!editor.isEditable()) return false;
            $syncSelectionFromDom(editor);
            const selection = $getSelection();
            const link = $selectedLink();
            setDialog({
              initialUrl: link?.getURL() ?? '',
              asksForText: !link && $isRangeSelection(selection) && selection.isCollapsed(),
              selection: selection?.clone() ?? null,
            });
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );

  const finish = (change?: () => void) => {
    const selection = dialog?.selection ?? null;
    setDialog(null);
    if (change) {
      editor.update(() => {
        if (selection) $setSelection(selection.clone());
        change();
      });
    }
    editor.focus();
  };

  return (
    <>
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      {dialog && (
        <LinkDialog
          initialUrl={dialog.initialUrl}
          asksForText={dialog.asksForText}
          onApply={(url, text) => finish(() => $applyLink(url, text))}
          onRemove={dialog.initialUrl ? () => finish($removeLink) : null}
          onCancel={() => finish()}
        />
      )}
    </>
  );
}

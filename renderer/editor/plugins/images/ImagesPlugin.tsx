import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getSelection, $insertNodes, $isNodeSelection, COMMAND_PRIORITY_EDITOR, type NodeKey } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { IMAGE_MIME_TYPES, isImageFile, readImageFile } from '../../image-data';
import { attachMediaStore, useMediaStore } from '../../media-context';
import { $createImageNode, $isImageNode } from '../../nodes/ImageNode';
import { useNotify } from '../../notices';
import { AltTextDialog } from './AltTextDialog';
import { CHOOSE_IMAGE_FILE_COMMAND, EDIT_ALT_TEXT_COMMAND, INSERT_IMAGE_FILES_COMMAND } from './image-commands';

interface AltTextTarget {
  key: NodeKey;
  altText: string;
}

/** The key of the image that is selected on its own, if any. */
export function $selectedImageKey(): NodeKey | null {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const nodes = selection.getNodes();
  return nodes.length === 1 && $isImageNode(nodes[0]) ? nodes[0].getKey() : null;
}

/** Inserting images from a file, the clipboard or a drop, and editing their alt text. */
export function ImagesPlugin() {
  const [editor] = useLexicalComposerContext();
  const media = useMediaStore();
  const notify = useNotify();
  const fileInput = useRef<HTMLInputElement>(null);
  const [altTextTarget, setAltTextTarget] = useState<AltTextTarget | null>(null);

  useEffect(() => attachMediaStore(editor, media), [editor, media]);

  useEffect(() => {
    const insertFiles = async (files: File[]) => {
      const images = files.filter(isImageFile);
      if (images.length < files.length) notify('Only PNG, JPEG, GIF and WebP images can be inserted.');
      for (const file of images) {
        const result = await readImageFile(file);
        if (!result.ok) {
          notify(result.message);
          continue;
        }
        const mediaId = media.add(result.item);
        editor.update(() => {
          $insertNodes([$createImageNode({ mediaId, altText: '' })]);
        });
      }
    };
    return mergeRegister(
      editor.registerCommand(
        INSERT_IMAGE_FILES_COMMAND,
        (files) => {
          void insertFiles(files);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(DRAG_DROP_PASTE, (files) => editor.dispatchCommand(INSERT_IMAGE_FILES_COMMAND, files), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(
        CHOOSE_IMAGE_FILE_COMMAND,
        () => {
          fileInput.current?.click();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        EDIT_ALT_TEXT_COMMAND,
        (requestedKey) => {
          if (!editor.isEditable()) return false;
          const key = requestedKey ?? $selectedImageKey();
          const node = key ? $getNodeByKey(key) : null;
          if (!$isImageNode(node)) return false;
          setAltTextTarget({ key: node.getKey(), altText: node.getAltText() });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor, media, notify]);

  const closeAltText = () => {
    setAltTextTarget(null);
    editor.focus();
  };

  return (
    <>
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_MIME_TYPES.join(',')}
        multiple
        hidden
        data-testid="image-file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) editor.dispatchCommand(INSERT_IMAGE_FILES_COMMAND, files);
        }}
      />
      {altTextTarget && (
        <AltTextDialog
          initial={altTextTarget.altText}
          onCancel={closeAltText}
          onApply={(altText) => {
            editor.update(() => {
              const node = $getNodeByKey(altTextTarget.key);
              if ($isImageNode(node)) node.setAltText(altText);
            });
            closeAltText();
          }}
        />
      )}
    </>
  );
}

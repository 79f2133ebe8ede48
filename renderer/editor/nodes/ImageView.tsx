import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical';
import { useEffect, useRef } from 'react';
import { useMediaStore } from '../media-context';
import { EDIT_ALT_TEXT_COMMAND } from '../plugins/images/image-commands';

interface ImageViewProps {
  nodeKey: NodeKey;
  mediaId: string;
  altText: string;
  width: number | undefined;
}

const MISSING_IMAGE_TEXT = 'Image missing from this document';

/** An image node as the analyst sees it: click selects it, double click edits its alt text. */
export function ImageView({ nodeKey, mediaId, altText, width }: ImageViewProps) {
  const [editor] = useLexicalComposerContext();
  const media = useMediaStore();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const ref = useRef<HTMLElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          if (!(event.target instanceof Node) || !ref.current?.contains(event.target)) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, setSelected, clearSelection],
  );

  const url = mediaId ? media.url(mediaId) : null;
  const className = `bw-image-frame${isSelected ? ' is-selected' : ''}`;
  const editAltText = () => editor.dispatchCommand(EDIT_ALT_TEXT_COMMAND, nodeKey);

  if (!url) {
    return (
      <span
        ref={ref}
        className={`${className} bw-image-missing`}
        role="img"
        aria-label={altText ? `${MISSING_IMAGE_TEXT}: ${altText}` : MISSING_IMAGE_TEXT}
        onDoubleClick={editAltText}
      >
        {MISSING_IMAGE_TEXT}
        {altText && <span className="bw-image-missing-alt">({altText})</span>}
      </span>
    );
  }
  return (
    <img
      ref={(element) => {
        ref.current = element;
      }}
      className={className}
      src={url}
      alt={altText}
      width={width}
      draggable={false}
      title="Double-click to edit the alt text"
      onDoubleClick={editAltText}
    />
  );
}

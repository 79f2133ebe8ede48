import type { LexicalEditor } from 'lexical';
import { $setBlockStyle, BLOCK_STYLE_NAMES, type BlockStyle, type BlockType } from '../../formatting';
import { shortcutLabel } from '../shortcuts/shortcut-keys';

const STYLES = Object.keys(BLOCK_STYLE_NAMES) as BlockStyle[];

/** Shown, not offered: the caret is in a list or somewhere the styles do not apply. */
const OTHER_NAMES: Record<Exclude<BlockType, BlockStyle>, string> = {
  bullet: 'Bulleted list',
  number: 'Numbered list',
  other: '—',
};

function isBlockStyle(value: string): value is BlockStyle {
  return (STYLES as string[]).includes(value);
}

export function BlockTypeSelect({ editor, blockType, disabled }: { editor: LexicalEditor; blockType: BlockType; disabled: boolean }) {
  return (
    <select
      className="toolbar-select"
      aria-label="Block style"
      title={`Block style (Paragraph ${shortcutLabel('paragraph')}, Heading 1–3 ${shortcutLabel('h1')}–3)`}
      data-testid="block-type"
      value={blockType}
      disabled={disabled}
      onChange={(event) => {
        const style = event.target.value;
        if (!isBlockStyle(style)) return;
        editor.update(() => $setBlockStyle(style));
        editor.focus();
      }}
    >
      {STYLES.map((style) => (
        <option key={style} value={style}>
          {BLOCK_STYLE_NAMES[style]}
        </option>
      ))}
      {!isBlockStyle(blockType) && (
        <option value={blockType} disabled hidden>
          {OTHER_NAMES[blockType]}
        </option>
      )}
    </select>
  );
}

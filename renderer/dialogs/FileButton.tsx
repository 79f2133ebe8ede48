/**
 * A button that opens the system's file chooser: a label around a hidden file input, so
 * it is reached and announced as one control. The input is cleared after each choice so
 * choosing the same file again still counts.
 */
export function FileButton({ label, accept, multiple = false, testId, title, onFiles }: { label: string; accept: string; multiple?: boolean; testId?: string; title?: string; onFiles: (files: File[]) => void }) {
  return (
    <label className="file-button" title={title}>
      {label}
      <input
        type="file"
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}

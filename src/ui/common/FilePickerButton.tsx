import { useRef, type ReactNode } from 'react';

/** What the project reads: resource.ts, amplify_outputs.json, design files (core's readInput). */
export const INPUT_FILE_TYPES = '.ts,.json,application/json,text/typescript';

/**
 * A button that opens the browser's file chooser and hands over the chosen file's text and name.
 * The file input itself stays hidden and out of the tab order: people, keyboards and screen
 * readers use the button. Choosing the same file twice reads it twice.
 */
export function FilePickerButton({
  children,
  onPick,
  accept = INPUT_FILE_TYPES,
  title,
}: {
  children: ReactNode;
  onPick: (text: string, fileName: string) => void;
  accept?: string;
  title?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onPick(await file.text(), file.name);
        }}
      />
      <button type="button" className="btn" title={title} onClick={() => input.current?.click()}>
        {children}
      </button>
    </>
  );
}

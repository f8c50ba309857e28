import { memo, useState } from 'react';

interface AddNameFormProps {
  /** `group` or `function`: the text box is "New group", the button "Add group". */
  noun: string;
  existing: readonly string[];
  onAdd: (name: string) => void;
  placeholder: string;
}

/** A text box and a button that declare one name; says so when the name is already there. */
export const AddNameForm = memo(function AddNameForm({
  noun,
  existing,
  onAdd,
  placeholder,
}: AddNameFormProps) {
  const [text, setText] = useState('');
  const name = text.trim();
  const taken = existing.includes(name);
  return (
    <form
      className="add-name"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name || taken) return;
        onAdd(name);
        setText('');
      }}
    >
      <input
        className="field mono"
        aria-label={`New ${noun}`}
        placeholder={placeholder}
        value={text}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="btn">
        Add {noun}
      </button>
      {taken && <span className="hint" role="status">{`${name} is already declared`}</span>}
    </form>
  );
});

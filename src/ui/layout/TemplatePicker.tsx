import { useState } from 'react';
import { TEMPLATE_NAMES, TEMPLATES, useAppStore, type TemplateName } from '../../state';

/** Replaces the design with a docs example (undoable, so nothing is lost by trying one). */
export function TemplatePicker() {
  const loadTemplate = useAppStore((s) => s.loadTemplate);
  const [name, setName] = useState<TemplateName>('prefixes');
  return (
    <form
      className="header-group"
      onSubmit={(e) => {
        e.preventDefault();
        loadTemplate(name);
      }}
    >
      <label className="inline-field">
        <span className="label template-label">Template</span>
        <select
          className="field"
          value={name}
          onChange={(e) => setName(e.target.value as TemplateName)}
        >
          {TEMPLATE_NAMES.map((t) => (
            <option key={t} value={t}>
              {TEMPLATES[t].label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn">
        Load template
      </button>
    </form>
  );
}

import { useEffect, useState } from 'react';
import {
  TEMPLATE_NAMES,
  TEMPLATES,
  useAppStore,
  useAppStoreApi,
  type TemplateName,
} from '../../state';
import { pathCount, sameDesign, templateState, useTemplateState } from './template-state';

/**
 * Replaces the design with a docs example (undoable; over a design with paths a banner says so
 * and offers Undo). The picker names a template only while the design is that template,
 * unchanged; otherwise it asks to choose one.
 */
export function TemplatePicker() {
  const loadTemplate = useAppStore((s) => s.loadTemplate);
  const store = useAppStoreApi();
  const { loaded } = useTemplateState();
  // Whether the design is the template as loaded, not the design itself: a tick does not
  // render the picker.
  const unchanged = useAppStore((s) => loaded !== undefined && loaded.design === s.design);
  const [pending, setPending] = useState<TemplateName | ''>('');

  // First run: the app opens with the docs' prefix example; say so while it is unchanged.
  useEffect(() => {
    const { design } = store.getState();
    if (!templateState.get().loaded && sameDesign(design, TEMPLATES.prefixes.design()))
      templateState.set({ loaded: { name: 'prefixes', design, example: true } });
    // Only the design the app opened with counts as the example.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const current = loaded && unchanged ? loaded.name : '';
  const value = pending || current;
  return (
    <form
      className="header-group"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value) return;
        // Work is replaced when the design has paths and is not a template as it was loaded.
        const replaced = current ? 0 : pathCount(store.getState().design);
        loadTemplate(value);
        setPending('');
        templateState.set({
          loaded: { name: value, design: store.getState().design, example: false },
          ...(replaced > 0 ? { replaced: { name: value, paths: replaced } } : {}),
        });
      }}
    >
      <label className="inline-field">
        <span className="label template-label">Template</span>
        <select
          className="field"
          value={value}
          onChange={(e) => setPending(e.target.value as TemplateName | '')}
        >
          <option value="" disabled>
            Choose a template…
          </option>
          {TEMPLATE_NAMES.map((t) => (
            <option key={t} value={t}>
              {TEMPLATES[t].label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn" disabled={!value}>
        Load template
      </button>
    </form>
  );
}

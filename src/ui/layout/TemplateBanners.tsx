import { TEMPLATES, useAppStore, useAppStoreApi } from '../../state';
import { Banner } from '../persist/Banner';
import { templateState, useTemplateState } from './template-state';

/**
 * What a template did: loaded over the user's paths (Undo brings them back, as after an import),
 * or, on a first run, that the design shown is an example, with a one-click way to start empty.
 */
export function TemplateBanners() {
  const { loaded, replaced } = useTemplateState();
  // Whether the example is still as it was loaded (a boolean: a tick does not render this).
  const unchanged = useAppStore((s) => loaded !== undefined && loaded.design === s.design);
  const store = useAppStoreApi();
  if (replaced) {
    return (
      <Banner
        tone="info"
        role="status"
        title={`Loaded the template “${TEMPLATES[replaced.name].label}” over your design (${replaced.paths} ${replaced.paths === 1 ? 'path' : 'paths'}). Undo brings it back.`}
        actions={
          <>
            <button
              type="button"
              className="btn"
              onClick={() => {
                store.getState().undo();
                templateState.set({});
              }}
            >
              Undo
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => templateState.set({ ...templateState.get(), replaced: undefined })}
            >
              Dismiss
            </button>
          </>
        }
      />
    );
  }
  if (loaded?.example && unchanged) {
    return (
      <Banner
        tone="info"
        role="status"
        title={`Example: ${TEMPLATES[loaded.name].label}, from the Amplify docs.`}
        actions={
          <button
            type="button"
            className="btn"
            onClick={() => {
              store.getState().loadTemplate('empty');
              templateState.set({
                loaded: { name: 'empty', design: store.getState().design, example: false },
              });
            }}
          >
            Start empty
          </button>
        }
      >
        Tick and edit it, load another template, or start empty.
      </Banner>
    );
  }
  return null;
}

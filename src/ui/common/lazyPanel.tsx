import { lazy, Suspense, type ComponentType } from 'react';
import { Panel } from './Panel';

/**
 * A panel whose code loads after the first paint. The first load has a budget (150 KiB gzip,
 * issue 11); panels that start below the fold or beside the design (exports, compare, tests, the
 * simulator) do not need to be in it. Until the code arrives the panel stands in its place with
 * its title and id, so links to it (`#tests`) and the page's layout hold.
 */
export function lazyPanel(
  load: () => Promise<ComponentType>,
  title: string,
  id: string,
): ComponentType {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function LazyPanel() {
    return (
      <Suspense
        fallback={
          <Panel title={title} id={id}>
            <p className="panel-body panel-note" role="status">
              Loading…
            </p>
          </Panel>
        }
      >
        <Loaded />
      </Suspense>
    );
  };
}

import { useSyncExternalStore } from 'react';
import type { Design } from '../../core';
import type { TemplateName } from '../../state';

/** What the template picker knows: which template the design is (while unchanged), what it replaced. */
export interface TemplateState {
  /** The template last loaded (or shown as the first-run example) and the very design it gave. */
  readonly loaded?: {
    readonly name: TemplateName;
    readonly design: Design;
    /** The example the app opens with, not one the user chose. */
    readonly example: boolean;
  };
  /** A template loaded over a design with paths: how many paths it replaced (Undo restores them). */
  readonly replaced?: { readonly name: TemplateName; readonly paths: number };
}

let state: TemplateState = {};
const listeners = new Set<() => void>();

export const templateState = {
  get: (): TemplateState => state,
  set(next: TemplateState) {
    state = next;
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

export const useTemplateState = () =>
  useSyncExternalStore(templateState.subscribe, templateState.get);

/** Same rules and names (the document's other parts, e.g. tests, do not make a template differ). */
export const sameDesign = (a: Design, b: Design) =>
  JSON.stringify([a.storages, a.groups, a.functions]) ===
  JSON.stringify([b.storages, b.groups, b.functions]);

export const pathCount = (design: Design) =>
  design.storages.reduce((n, s) => n + s.paths.length, 0);

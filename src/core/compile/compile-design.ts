import type { Design } from '../model/types';
import { compileStorage } from './compile';
import type { CompiledStorage } from './types';

/**
 * A design with each of its storages compiled: what every export renders from. The renderers take
 * this rather than a design, so a shell that already compiled the storages (the app does, for the
 * matrix) hands them over and nothing is compiled twice.
 */
export interface CompiledDesign {
  readonly design: Design;
  /** Same indices as `design.storages`. */
  readonly storages: readonly CompiledStorage[];
}

/**
 * Compiles every storage of `design`, or takes `storages` already compiled from it (same order).
 */
export function compileDesign(
  design: Design,
  storages: readonly CompiledStorage[] = design.storages.map(compileStorage),
): CompiledDesign {
  return { design, storages };
}

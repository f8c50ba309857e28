import { simulateRequest, type Design, type Simulation } from '../core';
import { modelsOf } from './selectors/access';
import type { SimulatorInput } from './types';

/** The simulator's request against the selected storage's compiled policies (memoized per storage). */
export function simulate(
  design: Design,
  storageIndex: number,
  input: SimulatorInput,
): Simulation | undefined {
  const model = modelsOf(design)[storageIndex];
  return model ? simulateRequest(model, input) : undefined;
}

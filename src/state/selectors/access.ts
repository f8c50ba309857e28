import {
  accessMatrix,
  accessModel,
  validateDesign,
  type AccessMatrix,
  type AccessModel,
  type Design,
  type Finding,
} from '../../core';
import { memoOn, memoOn2 } from './memo';

/** Compiled policies + index per storage object: an edit in one storage leaves the others compiled. */
export const modelOf = memoOn(accessModel);

export const modelsOf = memoOn((design: Design): readonly AccessModel[] =>
  design.storages.map(modelOf),
);

/** The effective access matrix of one storage, with every declared function as a column. */
export const matrixOf = memoOn2(
  (design: Design, storageIndex: number): AccessMatrix | undefined => {
    const model = modelsOf(design)[storageIndex];
    return model && accessMatrix(design, model, { includeDeclaredFunctions: true });
  },
);

/** Every finding of the design, reusing the compiled storages. */
export const findingsOf = memoOn((design: Design): readonly Finding[] =>
  validateDesign(
    design,
    modelsOf(design).map((m) => m.compiled),
  ),
);

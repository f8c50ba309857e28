import { parseTestsFile } from '../access-tests/tests-file';
import { looksLikeDesignFile, parseDesignFile } from '../design-file/design-file';
import { importOutputsJson } from '../import/outputs-json/import-outputs-json';
import { designFromBackendTs } from '../import/backend-ts/design';
import { importBackendTs } from '../import/backend-ts/import-backend-ts';
import { importResourceTs, importResourceTsDesign } from '../import/resource-ts/import-resource-ts';
import { settle, type InputFormat, type InputProblem } from './input';

const designFile: InputFormat = {
  kind: 'design-file',
  recognises: (source) => looksLikeDesignFile(source),
  read(source) {
    const parsed = parseDesignFile(source);
    if (parsed.ok)
      return settle('design-file', {
        design: parsed.design,
        problems: [],
        lost: [],
      });
    const problem: InputProblem = {
      code: 'invalid-design-file',
      severity: 'error',
      message: parsed.error,
      ...(parsed.loc ? { loc: parsed.loc, placeInMessage: true as const } : {}),
    };
    return settle('design-file', { design: null, problems: [problem], lost: [] });
  },
};

const accessTests: InputFormat = {
  kind: 'access-tests',
  // By name (access.tests.json, or any *.tests.json) or by the $schema the app writes first.
  recognises: (source, fileName) =>
    /\.tests\.json$/i.test(fileName) ||
    /^\s*\{\s*"\$schema"\s*:\s*"[^"]*access-tests\.schema\.json"/.test(source),
  read(source) {
    const parsed = parseTestsFile(source);
    if (parsed.ok)
      return { kind: 'access-tests', design: null, problems: [], lost: [], tests: parsed.tests };
    const problem: InputProblem = {
      code: 'invalid-tests-file',
      severity: 'error',
      message: parsed.error,
      ...(parsed.loc ? { loc: parsed.loc, placeInMessage: true as const } : {}),
    };
    return { kind: 'access-tests', design: null, problems: [problem], lost: [] };
  },
};

const amplifyOutputs: InputFormat = {
  kind: 'amplify-outputs',
  // Any JSON that is not a design file: the outputs reader says what is wrong with it in detail.
  recognises: (source, fileName) => /\.json$/i.test(fileName) || /^\s*[[{]/.test(source),
  read(source) {
    const { design, problems, lost, placements } = importOutputsJson(source);
    return settle('amplify-outputs', {
      design,
      problems,
      lost,
      placements,
    });
  },
};

const backendTs: InputFormat = {
  kind: 'backend-ts',
  // By name, or by content: it calls defineBackend and defines no storage itself.
  recognises: (source, fileName) =>
    /(^|[\\/])backend\.ts$/.test(fileName) ||
    (/\bdefineBackend\s*\(/.test(source) && !/\bdefineStorage\s*\(/.test(source)),
  read(source) {
    const backend = importBackendTs(source);
    const read = designFromBackendTs(backend);
    const lost = backend.functions.length
      ? [
          `function rules (${backend.functions.join(', ')}): their policies are in backend.ts, not in paths`,
        ]
      : [];
    return {
      ...settle('backend-ts', {
        design: read.design,
        problems: [...backend.problems, ...read.problems],
        lost,
      }),
      backend,
    };
  },
};

const resourceTs: InputFormat = {
  kind: 'resource-ts',
  // The last reader: anything else is read as TypeScript, whose reader says what it found.
  recognises: () => true,
  read(source, options) {
    if (options?.withoutLocations) {
      const { design, problems } = importResourceTsDesign(source);
      return settle('resource-ts', { design, problems, lost: [] });
    }
    const { design, problems, locations } = importResourceTs(source);
    return settle('resource-ts', { design, problems, lost: [], locations });
  },
};

/**
 * Every reader, asked in this order. To add an input:
 * a kind in InputKind, a reader here placed before the first one that would also take it (the
 * tests file before amplify-outputs, since both are JSON; backend.ts before resource-ts, told
 * apart by its file name or its `defineBackend(` call), and what it gives beyond a design as a
 * field of InputRead. Every shell then reads it.
 */
export const INPUT_FORMATS: readonly InputFormat[] = [
  designFile,
  accessTests,
  amplifyOutputs,
  backendTs,
  resourceTs,
];

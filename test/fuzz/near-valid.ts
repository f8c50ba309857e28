/**
 * "One field wrong": a valid design file with exactly one change a hand edit or a bad tool could
 * make — a value of the wrong type, a required key gone, an unknown key added, a kind or format
 * that does not exist — and the dot paths an error about it may name (the field or its parent).
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Broken {
  readonly value: unknown;
  readonly describe: string;
  /** False when the change may leave the file valid (e.g. an optional key removed). */
  readonly surelyInvalid: boolean;
  /** Dot paths (valibot's, relative to the design for fields inside it) an error may name. */
  readonly acceptablePaths: readonly string[];
}

const OPTIONAL = new Set([
  'exportName',
  'isDefault',
  'versioned',
  'keepOnDelete',
  'triggers',
  'onUpload',
  'onDelete',
  'legacySingular',
]);

type Path = readonly (string | number)[];

function nodes(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  return out;
}

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((v, key) => (v as Record<string | number, Json>)[key]!, value);
}

/** A value of another JSON type than `v`. */
function otherType(v: Json, pick: number): Json {
  const options: Json[] = [42, 'text', true, null, [], { x: 1 }].filter((o) => kind(o) !== kind(v));
  return options[pick % options.length]!;
}
const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Valibot's dot path for a place in the file: relative to the design inside it. */
function dotPath(path: Path): string {
  const inner = path[0] === 'design' ? path.slice(1) : path;
  return inner.join('.');
}

function acceptable(path: Path): string[] {
  const self = dotPath(path);
  if (self === '') return [''];
  const parent = dotPath(path.slice(0, -1));
  return parent === '' || (path[0] === 'design' && path.length === 2) ? [self] : [self, parent];
}

export function breakOneField(fileValue: unknown, where: number, how: number): Broken {
  const root = JSON.parse(JSON.stringify(fileValue)) as Json;
  const all = nodes(root);
  const path = all[where % all.length]!;
  const last = path[path.length - 1];
  const parent =
    path.length > 0 ? (at(root, path.slice(0, -1)) as Record<string | number, Json>) : undefined;
  const current = at(root, path);
  const isObjectKey = parent !== undefined && !Array.isArray(parent) && typeof last === 'string';
  const choices = [
    'retype',
    ...(isObjectKey ? ['delete'] : []),
    ...(isPlainObject(current) ? ['add'] : []),
    ...(last === 'kind' || last === 'format' ? ['rename'] : []),
  ];
  const choice = choices[how % choices.length]!;
  const describe = `${choice} at ${JSON.stringify(path)}`;
  if (choice === 'delete') {
    delete parent![last as string];
    return {
      value: root,
      describe,
      surelyInvalid: !OPTIONAL.has(last as string),
      acceptablePaths: acceptable(path),
    };
  }
  if (choice === 'add') {
    (current as Record<string, Json>).unexpected = 1;
    return {
      value: root,
      describe,
      surelyInvalid: path.length > 0,
      acceptablePaths: [...acceptable([...path, 'unexpected']), ...acceptable(path)],
    };
  }
  const replacement = choice === 'rename' ? 'bogus' : otherType(current, how >> 2);
  if (parent === undefined)
    return { value: replacement, describe, surelyInvalid: true, acceptablePaths: [''] };
  parent[last!] = replacement;
  return {
    value: root,
    describe: `${describe} → ${JSON.stringify(replacement)}`,
    surelyInvalid: true,
    acceptablePaths: acceptable(path),
  };
}

const isPlainObject = (v: Json): v is { [key: string]: Json } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

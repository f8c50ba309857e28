import { promises as fs } from 'node:fs';
import * as v from 'valibot';
import {
  ACCESS_ACTIONS,
  accessModel,
  decide,
  type AccessAction,
  type AccessModel,
  type RoleKey,
} from '../../core';
import { fileArgument, parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError } from '../errors';
import type { Io } from '../io';
import { loadDesign, pickStorage, stripBom } from '../load';

export const canHelp = `Usage: access-matrix can FILE --as SUBJECT --action ACTION --key KEY [--identity ID]
       access-matrix can FILE --requests REQUESTS.json --json

Asks IAM, through the policies Amplify would attach, whether a request is allowed, and why.

  SUBJECT   guest | authenticated | group:NAME | function:NAME
            (an owner is "authenticated" with --identity set to the folder's identity id)
  ACTION    ${ACCESS_ACTIONS.join(' | ')}   (for list, KEY is the prefix being listed)

Options:
  --identity ID       the caller's identity-pool id (replaces \${cognito-identity.amazonaws.com:sub})
  --requests FILE     a JSON array of {"subject", "identityId"?, "action", "key"}; prints
                      [{"allowed": boolean, "reason": string}, ...] in the same order
  --json              print JSON
  --expect allow|deny exit 1 when the single decision differs (for scripts)
  --storage NAME      which storage when FILE defines several (default: the default storage)
  -h, --help          show this help
`;

const RequestSchema = v.strictObject({
  subject: v.string(),
  identityId: v.optional(v.string()),
  action: v.picklist(ACCESS_ACTIONS),
  key: v.string(),
});

interface Request {
  readonly subject: string;
  readonly identityId?: string | undefined;
  readonly action: AccessAction;
  readonly key: string;
}

export async function can(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('can', argv, {
    as: { type: 'string' },
    action: { type: 'string' },
    key: { type: 'string' },
    identity: { type: 'string' },
    requests: { type: 'string' },
    json: { type: 'boolean' },
    expect: { type: 'string' },
    storage: { type: 'string' },
  });
  if (values.help) return (io.out(canHelp), EXIT.ok);
  const file = fileArgument('can', positionals);
  if (values.requests !== undefined) {
    if (values.as !== undefined || values.action !== undefined || values.key !== undefined) {
      throw new UsageError('can: use either --requests FILE or --as/--action/--key, not both');
    }
    const requests = await readRequests(values.requests);
    const model = await modelFor(file, values.storage);
    io.out(
      `${JSON.stringify(
        requests.map((r) => answer(model, r)),
        null,
        2,
      )}\n`,
    );
    return EXIT.ok;
  }
  const request = singleRequest(values);
  if (values.expect !== undefined && values.expect !== 'allow' && values.expect !== 'deny') {
    throw new UsageError(
      `can: --expect must be allow or deny, got ${JSON.stringify(values.expect)}`,
    );
  }
  const result = answer(await modelFor(file, values.storage), request);
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.reason}\n`);
  if (values.expect === undefined) return EXIT.ok;
  return result.allowed === (values.expect === 'allow') ? EXIT.ok : EXIT.findings;
}

async function modelFor(file: string, storageName: string | undefined): Promise<AccessModel> {
  const { design } = await loadDesign(file);
  return accessModel(design.storages[pickStorage(design, storageName)]!);
}

function singleRequest(values: {
  as?: string;
  action?: string;
  key?: string;
  identity?: string;
}): Request {
  const missing = (['as', 'action', 'key'] as const).filter((k) => values[k] === undefined);
  if (missing.length > 0)
    throw new UsageError(
      `can: missing ${missing.map((m) => `--${m}`).join(', ')} (or use --requests FILE)`,
    );
  if (!(ACCESS_ACTIONS as readonly string[]).includes(values.action!)) {
    throw new UsageError(
      `can: --action must be one of ${ACCESS_ACTIONS.join(', ')}, got ${JSON.stringify(values.action)}`,
    );
  }
  const request = {
    subject: values.as!,
    action: values.action as AccessAction,
    key: values.key!,
    identityId: values.identity,
  };
  roleOf(request.subject, (message) => new UsageError(`can: --as ${message}`));
  return request;
}

async function readRequests(file: string): Promise<Request[]> {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(await fs.readFile(file, 'utf8')));
  } catch (e) {
    throw new InputError(`${file}: ${(e as Error).message}`);
  }
  if (!Array.isArray(json)) throw new InputError(`${file}: expected a JSON array of requests`);
  return json.map((item, i) => {
    const parsed = v.safeParse(RequestSchema, item);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue ? v.getDotPath(issue) : null;
      throw new InputError(
        `${file}: request ${i}${where ? `.${where}` : ''}: ${issue?.message ?? 'invalid'}`,
      );
    }
    roleOf(
      parsed.output.subject,
      (message) => new InputError(`${file}: request ${i}.subject: ${message}`),
    );
    return parsed.output;
  });
}

/** The IAM role a subject acts through; `owner` is not a role but authenticated with an identity. */
function roleOf(subject: string, fail: (message: string) => Error): RoleKey {
  if (subject === 'guest' || subject === 'authenticated') return subject;
  if (/^group:.+/.test(subject) || /^function:.+/.test(subject)) return subject as RoleKey;
  if (subject === 'owner')
    throw fail('"owner" is not a role: use "authenticated" with the folder\'s identity id');
  throw fail(
    `${JSON.stringify(subject)} is not a subject; use guest, authenticated, group:NAME or function:NAME`,
  );
}

function answer(model: AccessModel, request: Request): { allowed: boolean; reason: string } {
  const role = roleOf(request.subject, (m) => new InputError(m));
  const decision = decide(model.index, model.storage, {
    role,
    action: request.action,
    key: request.key,
    ...(request.identityId !== undefined ? { identityId: request.identityId } : {}),
  });
  return { allowed: decision.allowed, reason: decision.reason };
}

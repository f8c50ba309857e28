/**
 * Every finding the core can report, with a stable code. Tests and the CLI's JSON output rely on
 * the codes, never on the wording. `stage` says where Amplify would stop: `types` (tsc rejects
 * resource.ts), `synth` (Amplify throws while building the backend), `deploy` (CloudFormation or
 * Cognito rejects it), `editor` (only meaningful in a design that declares its groups/functions).
 */
export const FINDINGS = {
  // Paths (spec §2, rules 1-7; validate_storage_access_paths.ts)
  'path-leading-slash': { severity: 'error', stage: 'synth' },
  'path-missing-wildcard-suffix': { severity: 'error', stage: 'synth' },
  'path-double-slash': { severity: 'error', stage: 'synth' },
  'path-inner-wildcard': { severity: 'error', stage: 'synth' },
  'path-too-deep': { severity: 'error', stage: 'synth' },
  'path-owner-has-prefix': { severity: 'error', stage: 'synth' },
  'path-owner-token-repeated': { severity: 'error', stage: 'synth' },
  'path-owner-token-not-last': { severity: 'error', stage: 'synth' },
  'path-owner-token-first': { severity: 'error', stage: 'synth' },
  'path-owner-token-not-alone': { severity: 'error', stage: 'synth' },
  'path-duplicate': { severity: 'error', stage: 'types' },
  // Rules (rule 8 and the builder's types)
  'rule-duplicate-principal': { severity: 'error', stage: 'synth' },
  'rule-unknown-action': { severity: 'error', stage: 'types' },
  'rule-read-with-get-or-list': { severity: 'error', stage: 'types' },
  'rule-unknown-entity': { severity: 'error', stage: 'types' },
  'rule-legacy-group-builder': { severity: 'error', stage: 'types' },
  'rule-undeclared-group': { severity: 'error', stage: 'editor' },
  'rule-undeclared-function': { severity: 'error', stage: 'editor' },
  // Storages (rule 9, resource names)
  'storage-name-invalid': { severity: 'error', stage: 'synth' },
  'storage-name-duplicate': { severity: 'error', stage: 'synth' },
  'storage-multiple-default': { severity: 'error', stage: 'synth' },
  'storage-no-default': { severity: 'error', stage: 'synth' },
  'storage-undeclared-trigger-function': { severity: 'error', stage: 'editor' },
  // Two storages whose <name>_BUCKET_NAME gives one SCREAMING_SNAKE_CASE key (one SSM parameter id).
  'storage-bucket-variable-clash': { severity: 'error', stage: 'synth' },
  // Names that cannot stand in resource.ts or in Cognito.
  'function-name-invalid': { severity: 'error', stage: 'types' },
  // Amplify names an inline defineFunction after its entry file and checks that name.
  'function-entry-name-invalid': { severity: 'error', stage: 'synth' },
  'group-name-invalid': { severity: 'error', stage: 'deploy' },
  // A role named by a rule but granted nothing: Amplify throws EmptyPolicyFault while synthesizing.
  'role-empty-policy': { severity: 'error', stage: 'synth' },
  // Warnings: Amplify accepts these, a careful user wants to hear about them (spec §2).
  'warn-owner-rule-without-token': { severity: 'warning', stage: 'synth' },
  'warn-shared-rule-on-owner-path': { severity: 'warning', stage: 'synth' },
  // A note, raised to a warning when members lose their own {entity_id} folder (group-members.ts).
  'warn-group-members-lose-access': { severity: 'note', stage: 'synth' },
  'warn-guest-write-or-delete': { severity: 'warning', stage: 'synth' },
  'warn-parent-list-reveals-subpath': { severity: 'warning', stage: 'synth' },
  'warn-iam-special-characters': { severity: 'warning', stage: 'synth' },
  'warn-rule-grants-nothing': { severity: 'warning', stage: 'synth' },
  'warn-role-identifier-collision': { severity: 'warning', stage: 'synth' },
} as const satisfies Record<string, { severity: Severity; stage: string }>;

export type FindingCode = keyof typeof FINDINGS;
/**
 * By consequence: `error` Amplify (or tsc, or the deploy) rejects it; `warning` it is accepted
 * but likely not what was meant; `note` it is accepted and worth knowing.
 */
export type Severity = 'error' | 'warning' | 'note';
export type Stage = (typeof FINDINGS)[FindingCode]['stage'];

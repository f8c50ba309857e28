/** The placeholder users write in a path for "this user's folder". */
export const ENTITY_TOKEN = '{entity_id}';
/** What Amplify puts in IAM resources for owner rules: the caller's identity-pool id. */
export const OWNER_VARIABLE = '${cognito-identity.amazonaws.com:sub}';

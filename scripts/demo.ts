// `npm run demo`: shows the Runlet API contract as generated from openapi/runlet.yaml.
import { apiOperations, createToken, parseToken, profileScopes } from '@runlet/types';

console.log('Runlet API — operations and the scopes they need\n');
for (const op of Object.values(apiOperations)) {
  const scope = op.scopes.length ? op.scopes.join(', ') : 'any key or token';
  console.log(`  ${op.method.padEnd(6)} ${op.path.padEnd(38)} ${op.operationId.padEnd(16)} ${scope}`);
}
console.log('\nProfiles');
for (const [profile, scopes] of Object.entries(profileScopes))
  console.log(`  ${profile.padEnd(13)} ${scopes.join(', ')}`);

const key = createToken('rl_test_');
const shown = `${key.slice(0, 8)}…${key.slice(-4)}`;
console.log(`\nA fresh test key, checked offline: ${shown} → ${JSON.stringify(parseToken(key))}`);
const typo = `${key.slice(0, 20)}${key[20] === 'a' ? 'b' : 'a'}${key.slice(21)}`;
console.log(`The same key with one character mistyped → ${JSON.stringify(parseToken(typo))}`);

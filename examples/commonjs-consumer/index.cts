// TypeScript in a CommonJS project: tsc emits require() for this import. It type-checks with `module: nodenext`
// (TypeScript ≥ 5.8; or `node20`), which knows that Node can require() an ES module; `node16` refuses it (TS1479).
import { isValidToken, Runlet } from '@runlet/node';

const runlet: Runlet = new Runlet({ apiKey: process.env.RUNLET_API_KEY ?? '' });
console.log(typeof runlet.keys.list, isValidToken('rl_test_x'));

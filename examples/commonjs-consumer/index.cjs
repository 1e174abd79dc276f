// Plain CommonJS: require() of the ESM-only @runlet/node works where Node has require(esm) (20.19+, 22.12+, 24+).
const { isValidToken, Runlet } = require('@runlet/node');

const runlet = new Runlet({ apiKey: process.env.RUNLET_API_KEY ?? '' });
console.log(typeof runlet.keys.list, isValidToken('rl_test_x'));

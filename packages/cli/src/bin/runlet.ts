#!/usr/bin/env node
import module from 'node:module';

// Caches compiled code between runs (Node ≥ 22.1), which makes a short-lived command start faster.
module.enableCompileCache?.();
const { run } = await import('../run.js');

process.exitCode = await run(process.argv.slice(2));

// Checks every package the way a consumer would meet it: publint, attw (esm-only) on the packed
// tarball, the package.json conventions of DESIGN.md, and the runtime boundary of web-only packages.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { syncVersions } from './sync-versions.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const WEB_ONLY = new Set(['@runlet/types', '@runlet/core', '@runlet/browser']);
/** DESIGN.md's package table: the Runlet packages each one may depend on and import at run time. */
const MAY_IMPORT: Record<string, string[]> = {
  '@runlet/types': [],
  '@runlet/core': ['@runlet/types'],
  '@runlet/node': ['@runlet/core', '@runlet/types'],
  '@runlet/browser': ['@runlet/core', '@runlet/types'],
  '@runlet/cli': ['@runlet/node'],
  '@runlet/testing': ['@runlet/types'],
};

interface Manifest {
  name: string;
  type?: string;
  sideEffects?: boolean;
  engines?: { node?: string };
  files?: string[];
  exports?: Record<string, unknown>;
  private?: boolean;
  dependencies?: Record<string, string>;
}

const workspaces = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] })
  .workspaces;
const packages = workspaces.map((dir) => join(root, dir));

function conventions(dir: string, pkg: Manifest): string[] {
  const problems: string[] = [];
  if (pkg.type !== 'module') problems.push('"type" must be "module"');
  if (pkg.sideEffects !== false) problems.push('"sideEffects" must be false');
  if (pkg.engines?.node !== '>=22') problems.push('"engines.node" must be ">=22"');
  if (!pkg.files?.includes('dist')) problems.push('"files" must list "dist"');
  const dot = pkg.exports?.['.'] as Record<string, string> | undefined;
  if (!dot || Object.keys(dot)[0] !== 'types') problems.push('exports["."] must exist with "types" first');
  if (WEB_ONLY.has(pkg.name)) problems.push(...webOnly(join(dir, 'src')));
  problems.push(...layering(dir, pkg));
  return problems;
}

/** Dependencies point one way, as the package table says: no other @runlet package in `dependencies` or `src`. */
function layering(dir: string, pkg: Manifest): string[] {
  const allowed = MAY_IMPORT[pkg.name];
  if (!allowed) return [`${pkg.name} is not in the package table of DESIGN.md (MAY_IMPORT in this script)`];
  const problems = Object.keys(pkg.dependencies ?? {})
    .filter((name) => name.startsWith('@runlet/') && !allowed.includes(name))
    .map((name) => `depends on ${name}; it may depend on ${allowed.join(', ') || 'no other Runlet package'}`);
  for (const entry of readdirSync(join(dir, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](@runlet\/[a-z]+)/g)) {
      if (name && name !== pkg.name && !allowed.includes(name)) problems.push(`${file}: imports ${name}`);
    }
  }
  return problems;
}

/** Web-only packages may not import node: modules or read process. */
function webOnly(dir: string): string[] {
  const problems: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const source = readFileSync(file, 'utf8');
    if (/from\s+['"]node:|import\(\s*['"]node:|require\(/.test(source))
      problems.push(`${file}: imports a node: module`);
    if (/\bprocess\./.test(source.replace(/\/\/.*$/gm, ''))) problems.push(`${file}: reads process`);
  }
  return problems;
}

async function check(dir: string): Promise<{ name: string; problems: string[] }> {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  const problems = conventions(dir, pkg);
  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  try {
    const { stdout } = await run(bin('publint'), ['--strict', dir], { cwd: root });
    if (!/All good/i.test(stdout)) problems.push(`publint:\n${stdout}`);
  } catch (error) {
    problems.push(`publint failed:\n${(error as { stdout?: string }).stdout ?? error}`);
  }
  try {
    await run(bin('attw'), ['--pack', dir, '--profile', 'esm-only', '--format', 'ascii'], { cwd: root });
  } catch (error) {
    problems.push(`attw failed:\n${(error as { stdout?: string }).stdout ?? error}`);
  }
  return { name: pkg.name, problems };
}

const results = await Promise.all(packages.map(check));
for (const line of syncVersions(true))
  results.push({ name: line.split(':')[0] ?? line, problems: [`${line}: run \`npm run sync-versions\``] });
let failed = 0;
for (const { name, problems } of results) {
  if (problems.length === 0) {
    console.log(`✓ ${name}: publint, attw (esm-only) and package conventions clean`);
  } else {
    failed++;
    console.error(`✗ ${name}\n  ${problems.join('\n  ')}`);
  }
}
if (failed > 0) process.exit(1);

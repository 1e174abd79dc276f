// Checks every package the way a consumer would meet it: publint, attw (esm-only) on the packed
// tarball, the tarball's file list, the package.json conventions of DESIGN.md, the runtime boundary of
// web-only packages, and a doc comment on every public export (what `npm run docs` renders).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { undocumentedExports } from './lib/undocumented-exports.ts';
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
// The published packages; examples/* are workspaces too, private and never packed.
const packages = workspaces.filter((dir) => dir.startsWith('packages/')).map((dir) => join(root, dir));
/** What every tarball carries besides dist/ and src/. */
const REQUIRED = ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.d.ts'];
const TEST_FILE = /(^|\/)(test|tests|__tests__|__mocks__|fixtures)\/|\.(test|spec|bench)\.[cm]?[jt]sx?(\.map)?$/;
/** dist/x/y.js, .js.map, .d.ts and .d.ts.map: the outputs of src/x/y.ts. */
const BUILD_OUTPUT = /^dist\/(.+)\.(js|js\.map|d\.ts|d\.ts\.map)$/;

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

/**
 * The tarball's file list, as `npm pack --dry-run` gives it: the license, README, changelog and build present;
 * no tests, build info or stray files (anything else at the top, a dist file whose source is gone).
 */
async function packedFiles(dir: string): Promise<string[]> {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir });
  const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]?.files.map((file) => file.path) ?? [];
  return fileListProblems(dir, files);
}

function fileListProblems(dir: string, files: readonly string[]): string[] {
  const problems = REQUIRED.filter((file) => !files.includes(file)).map(
    (file) =>
      `the tarball lacks ${file}${file.startsWith('dist/') ? ' (run `npm run build`)' : ' (list it in "files")'}`,
  );
  for (const file of files) {
    if (REQUIRED.includes(file)) continue;
    if (TEST_FILE.test(file)) problems.push(`the tarball carries a test file: ${file}`);
    else if (file.endsWith('.tsbuildinfo')) problems.push(`the tarball carries build info: ${file}`);
    else if (file.startsWith('src/')) {
      if (!file.endsWith('.ts')) problems.push(`the tarball carries a stray file: ${file}`);
    } else if (file.startsWith('dist/')) {
      const source = BUILD_OUTPUT.exec(file)?.[1];
      if (source === undefined) problems.push(`the tarball carries a stray file: ${file}`);
      else if (!existsSync(join(dir, 'src', `${source}.ts`)))
        problems.push(
          `the tarball carries ${file}, left from an earlier build (src/${source}.ts is gone): run \`npm run clean && npm run build\``,
        );
    } else problems.push(`the tarball carries a stray file: ${file}`);
  }
  return problems;
}

/** Each public entry point's source: `exports` → `./dist/x.d.ts` → `packages/<name>/src/x.ts`. */
function entryPoints(dir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  return Object.values(pkg.exports ?? {})
    .map((target) => (target as { types?: string }).types)
    .filter((types): types is string => types !== undefined)
    .map((types) => join(relative(root, dir), types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts')));
}

const undocumented = undocumentedExports(root, packages.flatMap(entryPoints));

async function check(dir: string): Promise<{ name: string; problems: string[] }> {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  const problems = conventions(dir, pkg);
  const own = `${relative(root, dir)}/`;
  for (const { entry, name, declaredAt } of undocumented) {
    if (entry.startsWith(own))
      problems.push(`${name}, exported by ${entry}, has no doc comment (declared at ${declaredAt})`);
  }
  if (!pkg.files?.includes('CHANGELOG.md'))
    problems.push('"files" must list "CHANGELOG.md" (npm packs it only when listed)');
  try {
    problems.push(...(await packedFiles(dir)));
  } catch (error) {
    problems.push(`npm pack --dry-run failed:\n${(error as { stderr?: string }).stderr ?? error}`);
  }
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
    console.log(`✓ ${name}: publint, attw (esm-only), the tarball's files, doc comments and package conventions clean`);
  } else {
    failed++;
    console.error(`✗ ${name}\n  ${problems.join('\n  ')}`);
  }
}
if (failed > 0) process.exit(1);

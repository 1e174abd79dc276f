// Keeps each package's src/version.ts equal to its package.json version (after `changeset version`).
// `--check` only reports drift; `npm run lint:packages` runs the same check.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const workspaces = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] })
  .workspaces;

/** Packages whose src/version.ts differs from package.json, after fixing them unless `check`. */
export function syncVersions(check: boolean): string[] {
  const drifted: string[] = [];
  for (const dir of workspaces) {
    const file = join(root, dir, 'src/version.ts');
    if (!existsSync(file)) continue;
    const { version } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { version: string };
    const source = readFileSync(file, 'utf8');
    const next = source.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`);
    if (next === source) continue;
    drifted.push(`${dir}: src/version.ts does not say ${version}`);
    if (!check) writeFileSync(file, next);
  }
  return drifted;
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const drifted = syncVersions(check);
  for (const line of drifted) console.log(check ? `✗ ${line}` : `updated ${line.split(':')[0]}`);
  if (check && drifted.length > 0) process.exit(1);
}

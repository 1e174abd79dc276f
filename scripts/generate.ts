// Generates packages/types/src/generated/* from openapi/runlet.yaml.
// `npm run generate` writes the files; `npm run generate -- --check` fails when they drift from the spec.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { nameSchemas } from './lib/name-schemas.ts';
import { type Document, openResponseEnums } from './lib/open-response-enums.ts';
import { toValidatorModule } from './lib/openapi-to-validators.ts';
import { type OpenAPIDocument, toZodModules } from './lib/openapi-to-zod.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = join(root, 'openapi/runlet.yaml');
const outDir = join(root, 'packages/types/src/generated');
const header = (what: string) =>
  `// generated — do not edit. ${what} from openapi/runlet.yaml by scripts/generate.ts; run \`npm run generate\`.\n`;

const specText = readFileSync(specPath, 'utf8');
const spec = parse(specText) as OpenAPIDocument;

// Then: response enums opened (request enums stay closed), and every schema named at the top level.
const ast = nameSchemas(
  openResponseEnums(
    // cwd: the examples' relative $refs (openapi/examples/*.yaml) resolve beside the spec.
    await openapiTS(spec as never, { defaultNonNullable: false, alphabetize: false, cwd: pathToFileURL(specPath) }),
    spec as unknown as Document,
  ),
);
const typesSource = `${header('TypeScript types (openapi-typescript)')}/* biome-ignore-all lint: generated */\n\n${astToString(ast)}`;
const zod = toZodModules(spec);

const files = new Map<string, string>([
  ['openapi.ts', typesSource],
  ['schemas.ts', `${header('zod/mini schemas for every component schema')}${zod.schemas}`],
  ['operations.ts', `${header('Operation table: routes, scopes and zod/mini schemas per operation')}${zod.operations}`],
  ['constants.ts', `${header('Enumerations and maps')}${zod.constants}`],
  [
    'validators.ts',
    `${header('Compiled checks of every response schema with the schemas they compile')}${toValidatorModule(spec)}`,
  ],
]);

const check = process.argv.includes('--check');
const drifted: string[] = [];
for (const [name, content] of files) {
  const path = join(outDir, name);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // a missing file counts as drift
    }
    if (current !== content) drifted.push(relative(root, path));
  } else {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path, content);
  }
}

if (check) {
  if (drifted.length > 0) {
    console.error(
      `Generated files differ from openapi/runlet.yaml:\n  ${drifted.join('\n  ')}\nRun \`npm run generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`generate --check: ${files.size} generated files match openapi/runlet.yaml`);
} else {
  console.log(`generate: wrote ${[...files.keys()].map((f) => `packages/types/src/generated/${f}`).join(', ')}`);
}

// Every export of a package's public entry points has a doc comment: what TypeDoc's API reference
// (`npm run docs`) shows for it. Members (methods, properties) are not required; the export itself is.
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A public export without a doc comment, with where it is declared. */
export interface UndocumentedExport {
  entry: string;
  name: string;
  declaredAt: string;
}

/** Generated from openapi/runlet.yaml by openapi-typescript, whose output has no comment on these containers. */
const GENERATED = /\/src\/generated\//;

/**
 * The exports of `entries` (package src files, e.g. `packages/node/src/index.ts`) that have no doc comment.
 * Re-exports are followed to their declaration (another package's `dist/*.d.ts`, which keeps its comments).
 */
export function undocumentedExports(root: string, entries: readonly string[]): UndocumentedExport[] {
  const base = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile).config as {
    compilerOptions: object;
  };
  const { options } = ts.convertCompilerOptionsFromJson(
    { ...base.compilerOptions, rootDir: root, outDir: undefined, types: ['node'], noEmit: true },
    root,
  );
  const program = ts.createProgram(
    entries.map((entry) => join(root, entry)),
    options,
  );
  const checker = program.getTypeChecker();
  const found: UndocumentedExport[] = [];
  for (const entry of entries) {
    const file = program.getSourceFile(join(root, entry));
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`${entry}: not found or not a module`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (!declaration || GENERATED.test(declaration.getSourceFile().fileName)) continue;
      if (symbol.getDocumentationComment(checker).length > 0 || symbol.getJsDocTags(checker).length > 0) continue;
      const source = declaration.getSourceFile();
      const { line } = source.getLineAndCharacterOfPosition(declaration.getStart());
      found.push({ entry, name: exported.name, declaredAt: `${relative(root, source.fileName)}:${line + 1}` });
    }
  }
  return found;
}

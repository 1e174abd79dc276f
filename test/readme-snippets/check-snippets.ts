// Type-checks the code blocks of Markdown files as a consumer's modules would be: each block (or run of
// continued blocks) becomes an in-memory module beside the repo's root node_modules, so `@runlet/*` resolves to
// the built workspace packages (their `exports` and `dist` typings), and one TypeScript program checks them all.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { extractSnippets, type Snippet } from './extract-snippets.ts';

export interface MarkdownDocument {
  /** Path relative to `root`, used in the messages (`packages/testing/README.md`). */
  path: string;
  text: string;
}

/**
 * Modules of the reader's own app that the READMEs import; this repo has neither. `express` is typed with the
 * members the READMEs use, as `@types/express` types them, so that handler parameters are not implicitly `any`.
 */
const APP_MODULES = `
declare module 'express' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  interface Request extends IncomingMessage {
    method: string;
    originalUrl: string;
    body: any;
    get(name: string): string | undefined;
  }
  interface Response extends ServerResponse {
    status(code: number): this;
    json(body: unknown): this;
    sendStatus(code: number): this;
  }
  type Handler = (req: Request, res: Response, next: () => void) => unknown;
  interface Application {
    post(path: string, ...handlers: Handler[]): this;
    options(path: string, ...handlers: Handler[]): this;
    use(...handlers: Handler[]): this;
    listen(port: number): unknown;
  }
  interface Express {
    (): Application;
    json(options?: object): Handler;
    raw(options?: { type?: string }): Handler;
  }
  const express: Express;
  export default express;
}
declare module '@/lib/session' {
  export function getSession(request: Request): Promise<{ id: string } | null>;
}
`;

/** Strict, as the repo's own code; bundler resolution, as most apps that would paste a snippet. */
const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2023,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  verbatimModuleSyntax: true,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  allowJs: true,
  checkJs: true,
  skipLibCheck: true,
  types: ['node'],
  noEmit: true,
};

interface VirtualModule {
  fileName: string;
  text: string;
  /** For each line of `text`, the Markdown line it came from; `undefined` for prelude lines. */
  sourceLines: (number | undefined)[];
  document: string;
}

/**
 * Checks every TypeScript/JavaScript block of `documents` and returns the problems of each document (by its
 * path): compiler diagnostics as `README.md:34: TS2304 Cannot find name 'it'.`, and `same-as` blocks that
 * differ from their file.
 */
export function checkSnippets(root: string, documents: MarkdownDocument[]): Map<string, string[]> {
  const problems = new Map<string, string[]>(documents.map((document) => [document.path, []]));
  const modules: VirtualModule[] = [];
  for (const document of documents) {
    const report = (problem: string) => problems.get(document.path)?.push(problem);
    let snippets: Snippet[];
    try {
      snippets = extractSnippets(document.text, document.path);
    } catch (error) {
      report((error as Error).message);
      continue;
    }
    const base = join(root, 'test/readme-snippets/.virtual', dirname(document.path));
    let previous: VirtualModule | undefined;
    for (const snippet of snippets) {
      if (snippet.sameAs) checkSameAs(root, document.path, snippet, report);
      if (snippet.skip) continue;
      if (snippet.continues) {
        if (!previous) {
          report(`${document.path}:${snippet.line}: "continues", but no checked block comes before it`);
          continue;
        }
        appendLines(previous, snippet.prelude, snippet);
        continue;
      }
      const name = snippet.file ?? `block-at-line-${snippet.line}.${snippet.language}`;
      previous = { fileName: join(base, name), text: '', sourceLines: [], document: document.path };
      appendLines(previous, snippet.prelude, snippet);
      modules.push(previous);
    }
  }

  const appModules = join(root, 'test/readme-snippets/.virtual/app-modules.d.ts');
  const byName = new Map(modules.map((module) => [module.fileName, module]));
  const duplicates = modules.filter(
    (module, index) => modules.findIndex((m) => m.fileName === module.fileName) < index,
  );
  for (const duplicate of duplicates) {
    problems.get(duplicate.document)?.push(`${duplicate.document}: two blocks are named ${duplicate.fileName}`);
  }

  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const virtualText = (fileName: string) =>
    fileName === appModules ? APP_MODULES : byName.get(ts.sys.resolvePath(fileName))?.text;
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  host.fileExists = (fileName) => virtualText(fileName) !== undefined || fileExists.call(host, fileName);
  host.readFile = (fileName) => virtualText(fileName) ?? readFile.call(host, fileName);
  host.directoryExists = (directory) =>
    modules.some((module) => module.fileName.startsWith(`${directory}/`)) ||
    (directoryExists?.call(host, directory) ?? ts.sys.directoryExists(directory));
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = virtualText(fileName);
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    return getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
  };

  const program = ts.createProgram({
    rootNames: [appModules, ...modules.map((module) => module.fileName)],
    options: COMPILER_OPTIONS,
    host,
  });
  for (const diagnostic of program.getOptionsDiagnostics()) {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }
  for (const module of modules) {
    const sourceFile = program.getSourceFile(module.fileName);
    if (!sourceFile) throw new Error(`TypeScript did not load ${module.fileName}`);
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    for (const diagnostic of diagnostics) {
      problems.get(module.document)?.push(describeDiagnostic(root, module, diagnostic));
    }
  }
  return problems;
}

function appendLines(module: VirtualModule, prelude: string | undefined, snippet: Snippet): void {
  const preludeLines = prelude ? prelude.split('\n') : [];
  const codeLines = snippet.code.split('\n');
  module.text += `${[...preludeLines, ...codeLines].join('\n')}\n`;
  module.sourceLines.push(...preludeLines.map(() => undefined), ...codeLines.map((_, index) => snippet.line + index));
}

function checkSameAs(root: string, document: string, snippet: Snippet, report: (problem: string) => void): void {
  const path = snippet.sameAs ?? '';
  let file: string;
  try {
    file = readFileSync(join(root, path), 'utf8');
  } catch {
    report(`${document}:${snippet.line}: the block is "same-as" ${path}, which does not exist`);
    return;
  }
  if (file.trimEnd() === snippet.code.trimEnd()) return;
  const fileLines = file.trimEnd().split('\n');
  const codeLines = snippet.code.trimEnd().split('\n');
  const at = fileLines.findIndex((line, index) => line !== codeLines[index]);
  const line = at === -1 ? codeLines.length : at;
  report(
    `${document}:${snippet.line + line}: the block differs from ${path} (its line ${line + 1}: ` +
      `${JSON.stringify(fileLines[line] ?? '<end of file>')}); copy the file into the README`,
  );
}

function describeDiagnostic(root: string, module: VirtualModule, diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  if (!diagnostic.file || diagnostic.start === undefined) return `${module.document}: TS${diagnostic.code} ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const sourceLine = module.sourceLines[line];
  const text = module.text.split('\n')[line]?.trim() ?? '';
  const where =
    sourceLine === undefined
      ? `${module.document} (the prelude of ${relative(root, module.fileName)})`
      : `${module.document}:${sourceLine}:${character + 1}`;
  return `${where}: TS${diagnostic.code} ${message} — in \`${text}\``;
}

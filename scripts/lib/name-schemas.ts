// openapi-typescript writes each component schema as a member of `components.schemas`, so an editor shows
// `{ object: "api_key"; id: string; … }` where the user wants to read `ApiKey`. This declares every schema as a
// top-level `export type ApiKey = …` (an alias keeps its name in hovers and errors), makes
// `components.schemas.ApiKey` that alias, and writes every `components["schemas"]["ApiKey"]` as `ApiKey`.
import ts from 'typescript';
import { componentSchemaName, mapComponentSchemas } from './open-response-enums.ts';

const f = ts.factory;
const exported = () => [f.createModifier(ts.SyntaxKind.ExportKeyword)];

export function nameSchemas(ast: ts.Node[]): ts.Node[] {
  const topLevel = new Set(
    ast.flatMap((node) => (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) ? [node.name.text] : [])),
  );
  const declarations: ts.Node[] = [];
  const withAliases = mapComponentSchemas(ast, (schema, name) => {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(name) || topLevel.has(name)) {
      throw new Error(`Schema "${name}" cannot be named at the top level: use a PascalCase name the file does not use`);
    }
    const declaration = f.createTypeAliasDeclaration(exported(), name, undefined, schema.type);
    ts.setSyntheticLeadingComments(declaration, ts.getSyntheticLeadingComments(schema));
    declarations.push(declaration);
    return f.createPropertySignature(undefined, schema.name, undefined, f.createTypeReferenceNode(name));
  });
  const at = withAliases.findIndex((node) => ts.isInterfaceDeclaration(node) && node.name.text === 'components');
  const all = [...withAliases.slice(0, at + 1), ...declarations, ...withAliases.slice(at + 1)];
  const shorten = (node: ts.Node): ts.Node => {
    const name = componentSchemaName(node);
    return name ? f.createTypeReferenceNode(name) : ts.visitEachChild(node, shorten, undefined);
  };
  return all.map(shorten);
}

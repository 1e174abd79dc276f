// Response enums are open in the types: the API may add a value after this release, and the response checks
// let an unknown string through, so `ApiKey['status']` is `KeyStatus | (string & {})`. Request enums stay
// closed, so a typo in a body does not compile. Every enum schema's own type (`KeyStatus`, `Scope`) is its
// known values; the schemas reached from a response open each enum they use, those reached from a request
// body or parameter do not. A schema reached from both sides with an enum in it cannot be both, so it fails.
import ts from 'typescript';

interface Schema {
  $ref?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
interface Media {
  $ref?: string;
  content?: Record<string, { schema?: Schema }>;
  headers?: Record<string, { $ref?: string; schema?: Schema }>;
  schema?: Schema;
}
interface Operation {
  parameters?: Media[];
  requestBody?: Media;
  responses: Record<string, Media>;
}
export interface Document {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>> & { schemas: Record<string, Schema> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const schemaRef = (ref: string | undefined) => (ref ? /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1] : undefined);
const isStringEnum = (schema: Schema | undefined) =>
  Array.isArray(schema?.enum) && schema.enum.every((value) => typeof value === 'string');

/** The component schemas reached from request bodies and parameters, and those reached from responses. */
export function schemaDirections(doc: Document): { request: Set<string>; response: Set<string> } {
  const component = (ref: string): Media => {
    const [, kind = '', name = ''] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? [];
    const found = doc.components[kind]?.[name];
    if (!found) throw new Error(`Unresolved ${ref}`);
    return found as Media;
  };
  const deref = (item: Media | undefined): Media | undefined =>
    item?.$ref && !schemaRef(item.$ref) ? deref(component(item.$ref)) : item;
  const request = new Set<string>();
  const response = new Set<string>();
  const reach = (schema: Schema | undefined, into: Set<string>, where: string) => {
    if (!schema) return;
    const name = schemaRef(schema.$ref);
    if (name) {
      if (into.has(name)) return;
      into.add(name);
      reach(doc.components.schemas[name], into, name);
      return;
    }
    if (into === response && isStringEnum(schema) && where.includes(' ')) {
      throw new Error(`${where}: an enum written inline in a response; make it a component schema`);
    }
    const extra = typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : [];
    const inner = [...Object.values(schema.properties ?? {}), schema.items, ...extra];
    for (const part of [...inner, ...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
      reach(part, into, where);
    }
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters ?? []) as Media[];
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      for (const parameter of [...shared, ...(op.parameters ?? [])]) reach(deref(parameter)?.schema, request, where);
      for (const media of Object.values(deref(op.requestBody)?.content ?? {})) reach(media.schema, request, where);
      for (const answer of Object.values(op.responses)) {
        const resolved = deref(answer);
        for (const media of Object.values(resolved?.content ?? {})) reach(media.schema, response, where);
        for (const header of Object.values(resolved?.headers ?? {})) reach(deref(header)?.schema, response, where);
      }
    }
  }
  return { request, response };
}

const f = ts.factory;
/** `(string & {})`: any string, without collapsing the known values into `string` (editors still offer them). */
const anyOtherString = () =>
  f.createParenthesizedType(
    f.createIntersectionTypeNode([f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), f.createTypeLiteralNode([])]),
  );

/** The value of a string literal type; openapi-typescript writes an enum's values as identifiers `"value"`. */
const literalText = (node: ts.Node): string | undefined => {
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return node.literal.text;
  if (ts.isIdentifier(node) && node.text.startsWith('"')) return JSON.parse(node.text) as string;
  return undefined;
};

/** `X` for `components["schemas"]["X"]`. */
export function componentSchemaName(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isIndexedAccessTypeNode(node.objectType)) return undefined;
  const outer = node.objectType;
  const root = outer.objectType;
  if (!ts.isTypeReferenceNode(root) || !ts.isIdentifier(root.typeName) || root.typeName.text !== 'components') {
    return undefined;
  }
  return literalText(outer.indexType) === 'schemas' ? literalText(node.indexType) : undefined;
}

/** A union of two or more string literals (and maybe null): an enum written inline. One value reads as a const. */
const isInlineEnum = (node: ts.Node): node is ts.UnionTypeNode => {
  if (!ts.isUnionTypeNode(node)) return false;
  const values = node.types.filter((t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword));
  return values.length >= 2 && values.every((t) => literalText(t) !== undefined);
};

/** Opens every enum in `type`: `E` becomes `E | (string & {})`. Returns the new node and how many it opened. */
function openEnums(type: ts.TypeNode, enumSchemas: Set<string>): { type: ts.TypeNode; opened: number } {
  let opened = 0;
  const open = (node: ts.TypeNode): ts.TypeNode | undefined => {
    const name = componentSchemaName(node);
    if (name && enumSchemas.has(name)) {
      opened++;
      return f.createUnionTypeNode([node, anyOtherString()]);
    }
    if (isInlineEnum(node)) {
      opened++;
      return f.createUnionTypeNode([...node.types, anyOtherString()]);
    }
    return undefined;
  };
  const visit = (node: ts.Node): ts.Node => {
    if (ts.isUnionTypeNode(node)) {
      const whole = open(node);
      if (whole) return whole;
      const members = node.types.flatMap((member) => {
        const replaced = open(member);
        return replaced && ts.isUnionTypeNode(replaced) ? [...replaced.types] : [visit(member) as ts.TypeNode];
      });
      return f.updateUnionTypeNode(node, f.createNodeArray(members));
    }
    if (ts.isArrayTypeNode(node)) {
      const replaced = open(node.elementType);
      if (replaced) return f.updateArrayTypeNode(node, f.createParenthesizedType(replaced));
    }
    if (ts.isTypeNode(node)) {
      const replaced = open(node);
      if (replaced) return replaced;
    }
    return ts.visitEachChild(node, visit, undefined);
  };
  return { type: visit(type) as ts.TypeNode, opened };
}

/**
 * Rewrites `components.schemas` in the openapi-typescript AST: each object schema reached only from responses
 * gets its enums opened. Throws when a schema reached from requests too has an enum to open.
 */
export function openResponseEnums(ast: ts.Node[], doc: Document): ts.Node[] {
  const { request, response } = schemaDirections(doc);
  const enumSchemas = new Set(
    Object.keys(doc.components.schemas).filter((n) => isStringEnum(doc.components.schemas[n])),
  );
  return mapComponentSchemas(ast, (schema, name) => {
    if (enumSchemas.has(name) || !response.has(name)) return schema;
    const { type, opened } = openEnums(schema.type, enumSchemas);
    if (opened === 0) return schema;
    if (request.has(name)) {
      throw new Error(
        `${name} is used in requests and in responses and has an enum: its type cannot be closed for one and open for the other. Split it into two schemas.`,
      );
    }
    return f.updatePropertySignature(schema, schema.modifiers, schema.name, schema.questionToken, type);
  });
}

/**
 * The openapi-typescript AST with each member of `components.schemas` (a named property with a type) replaced by
 * what `rewrite` makes of it; the one walk both generator passes over the schemas share.
 */
export function mapComponentSchemas(
  ast: ts.Node[],
  rewrite: (schema: ts.PropertySignature & { type: ts.TypeNode }, name: string) => ts.TypeElement,
): ts.Node[] {
  return ast.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'components') return node;
    const members = node.members.map((member) => {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name) || member.name.text !== 'schemas') {
        return member;
      }
      if (!member.type || !ts.isTypeLiteralNode(member.type))
        throw new Error('components.schemas is not a type literal');
      const schemas = member.type.members.map((schema) => {
        const name =
          schema.name && (ts.isIdentifier(schema.name) || ts.isStringLiteral(schema.name)) ? schema.name.text : '';
        if (!name || !ts.isPropertySignature(schema) || !schema.type) return schema;
        return rewrite(schema as ts.PropertySignature & { type: ts.TypeNode }, name);
      });
      return f.updatePropertySignature(
        member,
        member.modifiers,
        member.name,
        member.questionToken,
        f.updateTypeLiteralNode(member.type, f.createNodeArray(schemas)),
      );
    });
    return f.updateInterfaceDeclaration(
      node,
      node.modifiers,
      node.name,
      node.typeParameters,
      node.heritageClauses,
      members,
    );
  });
}

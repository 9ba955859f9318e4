// The layering of ../shared/STYLE.md as allow-lists: each layer of src/ names the layers and the
// packages it may import from, and everything else is refused. Unlike no-restricted-imports this
// sees every way code is pulled in: import and export ... from, import() and new URL(…,
// import.meta.url) (workers). A new dependency of a layer is a line here, on purpose.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../src');

/** The layer a file of src/ belongs to: its first folder; GraphCanvas is a layer of its own. */
function layerOf(file) {
  const relative = path.relative(SRC, file);
  if (relative.startsWith('..')) return null;
  const [first, second] = relative.split(path.sep);
  if (first === 'components' && second === 'GraphCanvas') return 'components/GraphCanvas';
  return first;
}

/** The package a bare specifier names: "zod", "@scope/name", "cytoscape-fcose". */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function matches(name, patterns) {
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern,
  );
}

/** The specifier of an import-like node, when it is written as plain text. */
function specifierOf(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0].value.cooked;
  return null;
}

const isImportMetaUrl = (node) =>
  node?.type === 'MemberExpression' &&
  node.object.type === 'MetaProperty' &&
  node.property.name === 'url';

export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer of src/ imports only from the layers and packages it lists.' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          files: { type: 'array', items: { type: 'string' } },
          why: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { layers = [], packages = [], files = [], why = '' } = context.options[0] ?? {};
    const file = context.filename;
    const own = layerOf(file);
    const check = (node, source) => {
      const specifier = specifierOf(source);
      if (specifier === null) {
        // An import whose target is computed cannot be checked, so it is not allowed.
        if (source)
          context.report({ node, message: `an import must name its target plainly. ${why}` });
        return;
      }
      const bare = specifier.split('?')[0];
      if (!bare.startsWith('.') && !bare.startsWith('/')) {
        if (!matches(packageOf(bare), packages))
          context.report({ node, message: `${own}/ may not import "${packageOf(bare)}". ${why}` });
        return;
      }
      const target = path.resolve(path.dirname(file), bare);
      const layer = layerOf(target);
      if (layer === own || (layer !== null && layers.includes(layer))) return;
      const relativeToRoot = path.relative(path.resolve(SRC, '..'), target);
      if (layer === null && matches(relativeToRoot, files)) return;
      context.report({
        node,
        message: `${own}/ may not import from ${layer ? `${layer}/` : relativeToRoot}. ${why}`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      NewExpression(node) {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'URL' &&
          isImportMetaUrl(node.arguments[1])
        )
          check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { 'allowed-imports': allowedImports } };

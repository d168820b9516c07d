/** What `resolvePointer` returns when the pointer names nothing. */
export const NO_NODE: unique symbol = Symbol('no node');

/**
 * Resolves a JSON Pointer (RFC 6901: `/a/0/b`, `~1` for `/`, `~0` for `~`) in a parsed JSON
 * value; `''` is the whole document. ReaderConfig.ItemsPointer uses this syntax.
 */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  if (!pointer.startsWith('/')) return NO_NODE;
  let node = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return NO_NODE;
      const i = Number(token);
      if (i >= node.length) return NO_NODE;
      node = node[i];
    } else if (typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else {
      return NO_NODE;
    }
  }
  return node;
}

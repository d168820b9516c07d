/**
 * Hands an imported definition to the designer page across the hash navigation (the file
 * was read on the list page; the designer opens at #/designer/new/import).
 */
let pending: { doc: unknown; name: string } | null = null;

export function stashImport(doc: unknown, name: string): void {
  pending = { doc, name };
}

export function takeImport(): { doc: unknown; name: string } | null {
  const p = pending;
  pending = null;
  return p;
}

import { singlePassScope } from './defaults.js';
import { editStateOfType, entryAt, removeAt } from './edit-helpers.js';
import { uniqueName } from './names.js';
import { stateNames } from './queries.js';
import { DesignerError, type AslDoc } from './types.js';

/** Adding and removing Parallel branches. */

/**
 * Appends a branch holding one Pass state to Parallel `parallel`.
 * @returns the new document, the branch index and the name of its Pass state.
 */
export function addBranch(doc: AslDoc, parallel: string): { doc: AslDoc; index: number; name: string } {
  const taken = stateNames(doc);
  let name = '';
  let index = 0;
  const out = editStateOfType(doc, parallel, ['Parallel'], 'branches', (s) => {
    const branches = Array.isArray(s.Branches) ? s.Branches : [];
    index = branches.length;
    return { ...s, Branches: [...branches, singlePassScope((base) => (name = uniqueName(base, taken)))] };
  });
  return { doc: out, index, name };
}

/**
 * Removes branch `index` (and its states) from Parallel `parallel`.
 * @throws DesignerError for the last branch: AWS requires at least one, delete the state instead.
 */
export function removeBranch(doc: AslDoc, parallel: string, index: number): AslDoc {
  return editStateOfType(doc, parallel, ['Parallel'], 'branches', (s) => {
    const branches = entryAt(s, parallel, 'Branches', index);
    if (branches.length === 1) throw new DesignerError(`"${parallel}" needs at least one branch; delete the state instead.`);
    return { ...s, Branches: removeAt(branches, index) };
  });
}

/**
 * The designer model: pure, immutable edits of an Amazon States Language definition (a plain
 * JSON object). No React, no DOM — the designer UI calls these and keeps the results in an
 * UndoStack.
 */
export type {
  AslDoc, JsonObject, QueryLanguage, ScopePath, ScopeStep, StateEntry, StateType, Transition, TransitionSlot,
} from './types.js';
export { DesignerError, STATE_TYPES } from './types.js';

export { findState, listStates, queryLanguageOf, scopeLanguage, stateNames, transitionsOf } from './queries.js';
export { allScopes, getScope } from './scopes.js';
export { MAX_STATE_NAME_LENGTH, uniqueName } from './names.js';

export { addState, type AddStateOptions } from './add-state.js';
export { renameState } from './rename.js';
export { deleteState } from './delete-state.js';
export { connect, setStartAt, setTransition } from './transitions.js';
export { exclusiveWith, setQueryLanguage, setStateField } from './fields.js';
export { addChoiceRule, moveChoiceRule, placeholderRule, removeChoiceRule, updateChoiceRule } from './choice-rules.js';
export { addCatcher, addRetrier, removeCatcher, removeRetrier } from './retry-catch.js';
export { addBranch, removeBranch } from './branches.js';

export { fieldsFor, STRUCTURAL_FIELDS, type FieldKind, type FieldSpec } from './inspector-schema.js';
export { UndoStack, type UndoOptions } from './undo.js';
export { parseDefinitionText, toJsonText, toYamlText, type ParseResult } from './text.js';
export { isObject, sameMeaning } from './json.js';
export { diagnosticsByState, stateNameAtPointer, type Diagnostic } from './diagnostics.js';
export { TEMPLATES, type Template } from './templates.js';

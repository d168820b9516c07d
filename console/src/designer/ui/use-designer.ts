import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { validateDefinition, type Diagnostic } from '../../../../src/asl/validate/index.js';
import { diagnosticsByState, parseDefinitionText, sameMeaning, toJsonText, UndoStack, type AslDoc } from '../model/index.js';

/**
 * The designer's document state: an undo stack of definitions, the code editor's text kept
 * in step with it both ways, and the core validator's diagnostics for the current text.
 * Graph and form edits replace the text; text edits that parse become a new document
 * (consecutive keystrokes coalesce into one undo step); text that does not parse stays in
 * the editor, marked, and the graph keeps the last document that did.
 */
export function useDesigner(initial: AslDoc) {
  const stack = useRef(new UndoStack<AslDoc>(initial));
  const [doc, setDoc] = useState<AslDoc>(initial);
  const [text, setText] = useState(() => toJsonText(initial));
  const [dirty, setDirty] = useState(false);
  const fromText = useRef<AslDoc | null>(null);

  const sync = useCallback((next: AslDoc) => {
    setDoc(next);
    setDirty(true);
    if (fromText.current !== next) setText(toJsonText(next));
  }, []);

  const edit = useCallback((change: (d: AslDoc) => AslDoc, coalesceKey?: string) => {
    const next = change(stack.current.present);
    if (next === stack.current.present) return;
    stack.current.push(next, coalesceKey ? { coalesceKey } : {});
    sync(stack.current.present);
  }, [sync]);

  const editText = useCallback((value: string) => {
    setText(value);
    const parsed = parseDefinitionText(value);
    if (!parsed.ok || parsed.format !== 'json' || sameMeaning(parsed.doc, stack.current.present)) return;
    fromText.current = parsed.doc;
    stack.current.push(parsed.doc, { coalesceKey: 'code' });
    sync(parsed.doc);
  }, [sync]);

  const undo = useCallback(() => { if (stack.current.canUndo) { stack.current.undo(); fromText.current = null; sync(stack.current.present); } }, [sync]);
  const redo = useCallback(() => { if (stack.current.canRedo) { stack.current.redo(); fromText.current = null; sync(stack.current.present); } }, [sync]);

  const reset = useCallback((next: AslDoc) => {
    stack.current = new UndoStack<AslDoc>(next);
    fromText.current = null;
    setDoc(next);
    setText(toJsonText(next));
    setDirty(false);
  }, []);

  const validation = useMemo(() => validateDefinition(text), [text]);
  const byState = useMemo(() => diagnosticsByState(doc, validation.diagnostics), [doc, validation]);
  const graphDiagnostics = useMemo(() => [...byState.entries()].flatMap(([stateName, list]) => list.map((d: Diagnostic) => ({ stateName, severity: d.severity, message: `${d.code}: ${d.message}` }))), [byState]);

  useEffect(() => { fromText.current = null; }, [doc]);

  return {
    doc, text, dirty, setDirty, edit, editText, undo, redo, reset,
    canUndo: stack.current.canUndo, canRedo: stack.current.canRedo,
    diagnostics: validation.diagnostics, valid: validation.valid, byState, graphDiagnostics,
  };
}

import { useEffect, useRef } from 'react';
import { basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { json } from '@codemirror/lang-json';
import { linter, lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';

/** A problem to mark in the text, by 1-based line and column. */
export interface TextDiagnostic {
  line: number;
  column: number;
  severity: 'ERROR' | 'WARNING';
  message: string;
}

interface Props {
  value: string;
  onChange?(text: string): void;
  diagnostics?: TextDiagnostic[];
  label: string;
  height?: number | string;
  readOnly?: boolean;
  /** Jump to (and select) this 1-based line when it changes. */
  revealLine?: number;
}

/**
 * CodeMirror 6 with JSON highlighting and the given diagnostics as lint marks. The editor
 * owns its text while the user types; a new `value` from outside (the graph changed the
 * definition) replaces the text only when it differs, so typing never loses the cursor.
 */
export function CodeEditor({ value, onChange, diagnostics = [], label, height = 360, readOnly = false, revealLine }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const state = EditorState.create({
      doc: value,
      extensions: [
        basicSetup,
        json(),
        lintGutter(),
        linter(null),
        EditorState.readOnly.of(readOnly),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChangeRef.current?.(u.state.doc.toString()); }),
      ],
    });
    view.current = new EditorView({ state, parent: host.current as HTMLDivElement });
    return () => view.current?.destroy();
    // The editor is created once; value and diagnostics flow in through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const doc = v.state.doc;
    const marks: CmDiagnostic[] = diagnostics.map((d) => {
      const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
      const from = Math.min(line.from + Math.max(d.column - 1, 0), line.to);
      return { from, to: Math.max(from, line.to), severity: d.severity === 'ERROR' ? 'error' : 'warning', message: d.message };
    });
    v.dispatch(setDiagnostics(v.state, marks));
  }, [diagnostics, value]);

  useEffect(() => {
    const v = view.current;
    if (!v || revealLine === undefined) return;
    const line = v.state.doc.line(Math.min(Math.max(revealLine, 1), v.state.doc.lines));
    v.dispatch({ selection: { anchor: line.from, head: line.to }, scrollIntoView: true });
  }, [revealLine]);

  return <div className="sw-code" ref={host} style={{ height }} data-testid={`code-${label.toLowerCase().replace(/\s+/g, '-')}`} />;
}

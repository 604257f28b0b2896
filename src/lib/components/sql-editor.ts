// The SQL code editor (CodeMirror 6): highlighting, completion of table and column names,
// Ctrl/Cmd+Enter to run. Loaded on demand by SqlEditor.svelte, so the page's first bundle
// carries none of it. Tab is left to move focus, so the editor is no keyboard trap.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { sql, StandardSQL, type SQLNamespace } from '@codemirror/lang-sql';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, Prec, Transaction } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import type { SqlSchema } from '../sql-cells/user-views';

export interface SqlEditorOptions {
  /** The element the editor lives in; it gets a shadow root of its own (see below). */
  host: HTMLElement;
  doc: string;
  schema: SqlSchema;
  /** The editor's accessible name. */
  label: string;
  placeholder?: string;
  readonly?: boolean;
  /** The user changed the text (not called for `setDoc`). */
  onchange: (doc: string) => void;
  onrun: () => void;
}

export interface SqlEditor {
  /** Replace the text, e.g. after an undo; does nothing when it is the same. */
  setDoc(doc: string): void;
  setSchema(schema: SqlSchema): void;
  setReadonly(readonly: boolean): void;
  focus(): void;
  destroy(): void;
}

const theme = EditorView.theme({
  '&': { border: '1px solid var(--line)', borderRadius: '6px', fontSize: '0.9rem' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '.cm-content': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-scroller': { minHeight: '4.5rem', maxHeight: '24rem', overflow: 'auto' },
});

/**
 * Text typed over a selection (Ctrl+A, then a new query) goes in through CodeMirror, not the
 * browser: Chromium's own editing copies the highlighted words' styles into `style`
 * attributes, which the Content-Security-Policy refuses (two console errors each time).
 */
const typeOverSelection = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const text = event.data;
    const { from, to, empty } = view.state.selection.main;
    if (event.inputType !== 'insertText' || text === null || empty || view.composing) return false;
    event.preventDefault();
    const insert = () =>
      view.state.update(view.state.replaceSelection(text), {
        userEvent: 'input.type',
        scrollIntoView: true,
      });
    // Completion, bracket closing and the like see the text first, as for any typing.
    const handled = view.state
      .facet(EditorView.inputHandler)
      .some((handler) => handler(view, from, to, text, insert));
    if (!handled) view.dispatch(insert());
    return true;
  },
});

const language = (schema: SqlSchema) =>
  sql({ dialect: StandardSQL, schema: schema as SQLNamespace, upperCaseKeywords: true });

export function createSqlEditor(options: SqlEditorOptions): SqlEditor {
  const schema = new Compartment();
  const editable = new Compartment();
  const editableState = (readonly = false) => [
    EditorState.readOnly.of(readonly),
    EditorView.editable.of(!readonly),
  ];
  const run = () => {
    options.onrun();
    return true;
  };
  // Inside a shadow root CodeMirror styles itself through a constructed style sheet; in the
  // document it would add a <style> element, which the site's Content-Security-Policy refuses.
  const root = options.host.shadowRoot ?? options.host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run, preventDefault: true }])),
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        closeBrackets(),
        autocompletion(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...completionKeymap,
        ]),
        schema.of(language(options.schema)),
        editable.of(editableState(options.readonly)),
        placeholder(options.placeholder ?? ''),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        typeOverSelection,
        EditorView.lineWrapping,
        theme,
        EditorView.updateListener.of((update) => {
          const fromUser = update.transactions.some((tr) => tr.annotation(Transaction.userEvent));
          if (update.docChanged && fromUser) options.onchange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    setDoc(doc) {
      const current = view.state.doc.toString();
      if (doc === current) return;
      view.dispatch({ changes: { from: 0, to: current.length, insert: doc } });
    },
    setSchema: (next) => view.dispatch({ effects: schema.reconfigure(language(next)) }),
    setReadonly: (readonly) =>
      view.dispatch({ effects: editable.reconfigure(editableState(readonly)) }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}

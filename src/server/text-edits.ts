import { diffChars } from 'diff';
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The edits that turn `document`'s text into `target`: one per changed stretch, so the editor keeps the cursor where it was. */
export function textEditsTo(document: TextDocument, target: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let offset = 0;
  for (const change of diffChars(document.getText(), target)) {
    if (change.added) {
      const last = edits.at(-1);
      const at = document.positionAt(offset);
      // A removal followed by an addition at the same place is one replacement.
      if (last && document.offsetAt(last.range.end) === offset && last.newText === '') last.newText = change.value;
      else edits.push({ range: { start: at, end: at }, newText: change.value });
    } else if (change.removed) {
      edits.push({ range: { start: document.positionAt(offset), end: document.positionAt(offset + change.value.length) }, newText: '' });
      offset += change.value.length;
    } else {
      offset += change.value.length;
    }
  }
  return edits;
}

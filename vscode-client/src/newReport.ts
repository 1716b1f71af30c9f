// File › New File… › 政府信息公开年报, and reports pasted into new untitled documents.

import * as vscode from 'vscode';

/** The command of the file/newFile contribution. */
export const CMD_NEW_REPORT = 'nianbao.newReport';

/** A change that inserts this much text at once is a paste (or a drop): worth looking at again. */
const PASTE_LENGTH = 20;

/** An untitled nianbao document, shown, then filled by `insertTemplate` (the server's skeleton as a snippet). */
export async function openNewReport(insertTemplate: () => Promise<void>): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'nianbao', content: '' });
  await vscode.window.showTextDocument(doc);
  await insertTemplate();
}

/**
 * Whether text was pasted into an untitled plain-text document: such a document was empty when it
 * was opened (and looked at), so a report pasted into it is looked at again.
 */
export function isPasteIntoUntitledPlainText(e: vscode.TextDocumentChangeEvent): boolean {
  return (
    e.document.uri.scheme === 'untitled' &&
    e.document.languageId === 'plaintext' &&
    e.contentChanges.some((c) => c.text.length >= PASTE_LENGTH)
  );
}

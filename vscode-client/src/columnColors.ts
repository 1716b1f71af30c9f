// Column colours (semantic tokens nianbaoColumn1..6 from the server) can be turned off with
// `nianbao.columnColors`: the tokens are then dropped on the client, and a change of the setting
// asks VS Code to fetch the tokens again, so it takes effect without a restart.

import * as vscode from 'vscode';
import { LanguageClient, SemanticTokensRegistrationType } from 'vscode-languageclient/node';

const SETTING = 'columnColors';

export function columnColorsEnabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('nianbao', document.uri).get<boolean>(SETTING, true);
}

/** Middleware for vscode-languageclient: no tokens when the setting is off. */
export const columnColorsMiddleware = {
  provideDocumentSemanticTokens: (
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
    next: (document: vscode.TextDocument, token: vscode.CancellationToken) => vscode.ProviderResult<vscode.SemanticTokens>,
  ): vscode.ProviderResult<vscode.SemanticTokens> =>
    columnColorsEnabled(document) ? next(document, token) : new vscode.SemanticTokens(new Uint32Array(0)),
};

/** After `nianbao.columnColors` changed: have every open report's tokens requested again. */
export function refreshColumnColors(client: LanguageClient | undefined): void {
  const feature = client?.getFeature(SemanticTokensRegistrationType.method);
  if (!feature) return;
  for (const document of vscode.workspace.textDocuments) {
    feature.getProvider(document)?.onDidChangeSemanticTokensEmitter.fire();
  }
}

export function affectsColumnColors(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(`nianbao.${SETTING}`);
}

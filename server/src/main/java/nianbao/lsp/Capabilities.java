package nianbao.lsp;

import java.util.List;

import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;

/** What the server tells the client it can do, given what the client can do. */
final class Capabilities {
    private Capabilities() {
    }

    static ServerCapabilities of(ClientFeatures client) {
        ServerCapabilities caps = new ServerCapabilities();
        caps.setPositionEncoding(client.positionEncoding().id());
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        caps.setTextDocumentSync(sync);
        caps.setCompletionProvider(new CompletionOptions(false, List.of()));
        caps.setHoverProvider(true);
        caps.setCodeActionProvider(new CodeActionOptions(
                List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL, CodeActions.RECOMPUTE_TOTALS)));
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(Commands.ALL));
        caps.setInlayHintProvider(true);
        caps.setDocumentSymbolProvider(true);
        caps.setFoldingRangeProvider(true);
        caps.setSemanticTokensProvider(ColumnColorTokens.capability());
        if (client.pullDiagnostics()) {
            DiagnosticRegistrationOptions pull = new DiagnosticRegistrationOptions(false, false);
            pull.setIdentifier(Convert.SOURCE);
            caps.setDiagnosticProvider(pull);
        }
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        caps.setWorkspace(new WorkspaceServerCapabilities(folders));
        return caps;
    }
}

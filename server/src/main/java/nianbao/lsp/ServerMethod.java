package nianbao.lsp;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;

/**
 * The LSP methods this server serves: JSON-RPC name, parameter type and the call into the server. LSP4J finds them
 * by reflection over every method of its service interfaces (annotations and generic signatures, ~200 methods),
 * which cost ~75 ms at start-up, in the interpreter, before the first message could be read; this table is read
 * instead ({@link LspEndpoint}, {@link GuardedLauncherBuilder}). {@code ServerMethodTest} holds it to LSP4J's
 * reflection: every method the server implements is here, under the same name, with the same parameters and kind.
 */
enum ServerMethod {
    INITIALIZE("initialize", InitializeParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.initialize((InitializeParams) p);
        }
    },
    INITIALIZED("initialized", InitializedParams.class, true) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            s.initialized((InitializedParams) p);
            return null;
        }
    },
    SHUTDOWN("shutdown", null, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.shutdown();
        }
    },
    EXIT("exit", null, true) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            s.exit();
            return null;
        }
    },
    DID_OPEN("textDocument/didOpen", DidOpenTextDocumentParams.class, true) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            s.getTextDocumentService().didOpen((DidOpenTextDocumentParams) p);
            return null;
        }
    },
    DID_CHANGE("textDocument/didChange", DidChangeTextDocumentParams.class, true) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            s.getTextDocumentService().didChange((DidChangeTextDocumentParams) p);
            return null;
        }
    },
    DID_CLOSE("textDocument/didClose", DidCloseTextDocumentParams.class, true) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            s.getTextDocumentService().didClose((DidCloseTextDocumentParams) p);
            return null;
        }
    },
    DID_SAVE("textDocument/didSave", DidSaveTextDocumentParams.class, true) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            s.getTextDocumentService().didSave((DidSaveTextDocumentParams) p);
            return null;
        }
    },
    COMPLETION("textDocument/completion", CompletionParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.getTextDocumentService().completion((CompletionParams) p);
        }
    },
    HOVER("textDocument/hover", HoverParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.getTextDocumentService().hover((HoverParams) p);
        }
    },
    CODE_ACTION("textDocument/codeAction", CodeActionParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.getTextDocumentService().codeAction((CodeActionParams) p);
        }
    },
    INLAY_HINT("textDocument/inlayHint", InlayHintParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.getTextDocumentService().inlayHint((InlayHintParams) p);
        }
    },
    DOCUMENT_SYMBOL("textDocument/documentSymbol", DocumentSymbolParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.getTextDocumentService().documentSymbol((DocumentSymbolParams) p);
        }
    },
    FOLDING_RANGE("textDocument/foldingRange", FoldingRangeRequestParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.getTextDocumentService().foldingRange((FoldingRangeRequestParams) p);
        }
    },
    SEMANTIC_TOKENS_FULL("textDocument/semanticTokens/full", SemanticTokensParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.getTextDocumentService().semanticTokensFull((SemanticTokensParams) p);
        }
    },
    DIAGNOSTIC("textDocument/diagnostic", DocumentDiagnosticParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.getTextDocumentService().diagnostic((DocumentDiagnosticParams) p);
        }
    },
    DID_CHANGE_CONFIGURATION("workspace/didChangeConfiguration", DidChangeConfigurationParams.class, true) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            s.getWorkspaceService().didChangeConfiguration((DidChangeConfigurationParams) p);
            return null;
        }
    },
    DID_CHANGE_WATCHED_FILES("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams.class, true) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            s.getWorkspaceService().didChangeWatchedFiles((DidChangeWatchedFilesParams) p);
            return null;
        }
    },
    DID_CHANGE_WORKSPACE_FOLDERS("workspace/didChangeWorkspaceFolders", DidChangeWorkspaceFoldersParams.class, true) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            s.getWorkspaceService().didChangeWorkspaceFolders((DidChangeWorkspaceFoldersParams) p);
            return null;
        }
    },
    EXECUTE_COMMAND("workspace/executeCommand", ExecuteCommandParams.class, false) {
        @Override
        CompletableFuture<?> call(NianbaoLanguageServer s, Object p) {
            return s.getWorkspaceService().executeCommand((ExecuteCommandParams) p);
        }
    };

    /** The method's JSON-RPC name. */
    final String rpcName;
    /** The type of its one parameter, or null when it takes none. */
    final Class<?> parameterType;
    final boolean notification;

    ServerMethod(String rpcName, Class<?> parameterType, boolean notification) {
        this.rpcName = rpcName;
        this.parameterType = parameterType;
        this.notification = notification;
    }

    /** Calls the server; null for a notification. {@code params} is what the JSON handler made of the message's. */
    abstract CompletableFuture<?> call(NianbaoLanguageServer server, Object params);

    /**
     * The method as LSP4J's JSON handler reads it: the parameter type decides how {@code params} are parsed. The
     * result type of a request the server answers is never read (answers are written by their runtime type).
     */
    JsonRpcMethod jsonRpcMethod() {
        Class<?>[] parameters = parameterType == null ? new Class<?>[0] : new Class<?>[] {parameterType};
        return notification ? JsonRpcMethod.notification(rpcName, parameters)
                : JsonRpcMethod.request(rpcName, Object.class, parameters);
    }
}

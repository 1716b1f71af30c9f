package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.WorkspaceService;

/** workspace/*: settings, configuration files, workspace folders, commands. */
final class ReportWorkspaceService implements WorkspaceService {
    private final NianbaoLanguageServer server;

    ReportWorkspaceService(NianbaoLanguageServer server) {
        this.server = server;
    }

    /**
     * Settings changed. A client that answers workspace/configuration is asked again (the notification's payload
     * is often empty in that model); otherwise the payload is the settings.
     */
    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Session s = server.session();
        if (s == null) return;
        if (s.features.configuration()) {
            server.fetchClientSettings(s).thenRun(server::recheckAll);
        } else {
            s.settings.setClientSettings(params.getSettings());
            server.recheckAll();
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        Session s = server.session();
        if (s == null) return;
        boolean changed = false;
        for (FileEvent e : params.getChanges()) changed |= s.settings.fileChanged(e.getUri()) | s.reports.fileChanged(e.getUri());
        if (changed) server.recheckAll();
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        Session s = server.session();
        if (s == null) return;
        List<String> folders = new ArrayList<>(s.workspaceFolders());
        for (WorkspaceFolder removed : params.getEvent().getRemoved()) folders.remove(removed.getUri());
        for (WorkspaceFolder added : params.getEvent().getAdded()) folders.add(added.getUri());
        s.setWorkspaceFolders(folders);
        server.recheckAll();
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        Session s = server.session();
        if (s == null) return CompletableFuture.completedFuture(null);
        try {
            return s.commands.execute(params);
        } catch (RuntimeException e) {
            server.log().error("nianbao：执行命令 " + params.getCommand() + " 时出错", e);
            return CompletableFuture.failedFuture(e);
        }
    }
}

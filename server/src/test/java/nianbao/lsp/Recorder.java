package nianbao.lsp;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** What a test client received, in order, with futures for "the first item that matches", past or future. */
final class Recorder<T> {
    private record Waiter<T>(Predicate<T> matches, CompletableFuture<T> future) {
    }

    private final List<T> items = new ArrayList<>();
    private final List<Waiter<T>> waiting = new ArrayList<>();

    synchronized void record(T item) {
        items.add(item);
        for (Iterator<Waiter<T>> it = waiting.iterator(); it.hasNext(); ) {
            Waiter<T> w = it.next();
            if (w.matches().test(item)) {
                w.future().complete(item);
                it.remove();
            }
        }
    }

    synchronized CompletableFuture<T> first(Predicate<T> matches) {
        for (T item : items) {
            if (matches.test(item)) return CompletableFuture.completedFuture(item);
        }
        CompletableFuture<T> future = new CompletableFuture<>();
        waiting.add(new Waiter<>(matches, future));
        return future;
    }

    synchronized List<T> all() {
        return List.copyOf(items);
    }
}

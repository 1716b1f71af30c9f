package nianbao.core;

/** Thrown by a check whose {@link CheckCancellation} asked it to stop: there is no result, by request. */
public final class CheckCancelledException extends RuntimeException {
    public CheckCancelledException() {
        super("检查已取消", null, false, false);
    }
}

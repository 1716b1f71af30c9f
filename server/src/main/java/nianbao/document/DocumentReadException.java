package nianbao.document;

/** A document that cannot be read (damaged, encrypted, not what its name says); the message is for the user. */
public final class DocumentReadException extends Exception {
    public DocumentReadException(String message) {
        super(message);
    }
}

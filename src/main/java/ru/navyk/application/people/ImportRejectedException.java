package ru.navyk.application.people;

/** An import found problems; nothing was written. The preview carries every problem. */
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super(preview.problems().size() + " problems; nothing imported");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}

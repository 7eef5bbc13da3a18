package id.sinergi.region;

/** Told how far an import has come; called from the thread that runs the import. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (stage, done, total) -> {
    };

    /** {@code total} is negative when not known in advance. */
    void update(ImportStage stage, long done, long total);
}

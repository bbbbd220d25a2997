package org.aqea.edition;

import java.io.IOException;
import java.util.function.Consumer;
import org.aqea.dump.DumpPage;

/** Every article page of one run, read again from where the run keeps them (the job's shards, the offline dump). */
@FunctionalInterface
public interface RunPages {

    /** Hands each page to {@code consumer}, in an order that is the same every time. */
    void forEach(Consumer<DumpPage> consumer) throws IOException;
}

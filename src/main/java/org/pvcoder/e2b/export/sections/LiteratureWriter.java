package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.LiteratureReference;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

import java.util.List;

/** C.4.r: literature references as investigation references to documents of type 2. */
public final class LiteratureWriter {

    private LiteratureWriter() {
    }

    public static void write(XmlOut out, List<LiteratureReference> literature) {
        for (LiteratureReference reference : literature) {
            out.typed("reference", "REFR").act("document", "DOC", "EVN");
            out.code("code", "2", Oids.DOCUMENT_TYPE);
            out.textElement("bibliographicDesignationText", reference.reference());
            out.end().end();
        }
    }
}

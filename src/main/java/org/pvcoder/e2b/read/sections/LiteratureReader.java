package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.LiteratureReference;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** C.4.r: literature references (documents of type 2). */
public final class LiteratureReader {

    private LiteratureReader() {
    }

    public static List<LiteratureReference> read(XmlNode investigation) {
        List<LiteratureReference> references = new ArrayList<>();
        for (XmlNode reference : investigation.children("reference")) {
            XmlNode document = reference.child("document");
            String text = document.child("bibliographicDesignationText").text();
            if (document.hasCode("2", Oids.DOCUMENT_TYPE) && text != null) {
                references.add(new LiteratureReference(text));
            }
        }
        return references;
    }
}

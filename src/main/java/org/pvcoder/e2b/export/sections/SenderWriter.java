package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.Sender;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

/** C.3: the sender of the report, the author of a subjectOf1 control act. */
public final class SenderWriter {

    private SenderWriter() {
    }

    public static void write(XmlOut out, Sender sender) {
        out.typed("subjectOf1", "SUBJ").act("controlActEvent", "CACT", "EVN").typed("author", "AUT");
        out.start("assignedEntity").attr("classCode", "ASSIGNED");
        out.code("code", sender.type().code(), Oids.SENDER_TYPE);
        Addresses.write(out, sender.street(), sender.city(), sender.state(), sender.postcode());
        Addresses.telecom(out, "tel:", sender.telephone());
        Addresses.telecom(out, "fax:", sender.fax());
        Addresses.telecom(out, "mailto:", sender.email());
        if (sender.title() != null || sender.givenName() != null || sender.familyName() != null || sender.country() != null) {
            out.entity("assignedPerson", "PSN", "INSTANCE");
            Addresses.personName(out, sender.title(), sender.givenName(), sender.familyName());
            Addresses.locatedIn(out, sender.country());
            out.end();
        }
        Addresses.organisation(out, sender.department(), sender.organisation());
        out.end().end().end().end();
    }
}

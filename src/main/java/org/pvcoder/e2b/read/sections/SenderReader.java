package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.Sender;
import org.pvcoder.cases.model.SenderType;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

/** C.3: the sender, the author whose code is from the sender type list. */
public final class SenderReader {

    private SenderReader() {
    }

    public static Sender read(XmlNode investigation, ReadContext ctx) {
        for (XmlNode subject : investigation.children("subjectOf1")) {
            XmlNode entity = subject.at("controlActEvent", "author", "assignedEntity");
            XmlNode type = entity.child("code");
            if (!Oids.SENDER_TYPE.equals(type.attr("codeSystem"))) {
                continue;
            }
            XmlNode person = entity.child("assignedPerson");
            XmlNode name = person.child("name");
            XmlNode addr = entity.child("addr");
            return new Sender(ctx.code(SenderType.class, type.attr("code"), type, "C.3.1"),
                    Parties.organisation(entity), Parties.department(entity),
                    name.child("prefix").text(), name.child("given").text(), name.child("family").text(),
                    addr.child("streetAddressLine").text(), addr.child("city").text(), addr.child("state").text(),
                    addr.child("postalCode").text(), person.at("asLocatedEntity", "location", "code").attr("code"),
                    Parties.telecom(entity, "tel:"), Parties.telecom(entity, "fax:"), Parties.telecom(entity, "mailto:"));
        }
        ctx.problem("C.3.1", investigation, "the message names no sender (C.3)");
        return null;
    }
}

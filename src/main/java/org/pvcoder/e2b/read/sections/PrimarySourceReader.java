package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.PrimarySource;
import org.pvcoder.cases.model.Qualification;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** C.2.r: primary sources, the related investigations of code 2. */
public final class PrimarySourceReader {

    private PrimarySourceReader() {
    }

    public static List<PrimarySource> read(XmlNode investigation, ReadContext ctx) {
        List<PrimarySource> sources = new ArrayList<>();
        for (XmlNode relationship : investigation.children("outboundRelationship")) {
            XmlNode related = relationship.child("relatedInvestigation");
            if (!related.hasCode("2", Oids.RELATED_INVESTIGATION)) {
                continue;
            }
            XmlNode entity = related.at("subjectOf2", "controlActEvent", "author", "assignedEntity");
            XmlNode person = entity.child("assignedPerson");
            XmlNode name = person.child("name");
            XmlNode addr = entity.child("addr");
            XmlNode qualification = person.at("asQualifiedEntity", "code");
            String priority = relationship.child("priorityNumber").attr("value");
            sources.add(new PrimarySource(name.child("prefix").text(), name.child("given").text(), name.child("family").text(),
                    Parties.organisation(entity), Parties.department(entity),
                    addr.child("streetAddressLine").text(), addr.child("city").text(), addr.child("state").text(),
                    addr.child("postalCode").text(), Parties.telecom(entity, "tel:"),
                    person.at("asLocatedEntity", "location", "code").attr("code"),
                    ctx.code(Qualification.class, qualification.attr("code"), qualification, "C.2.r.4"),
                    priority == null ? null : "1".equals(priority)));
        }
        return sources;
    }
}

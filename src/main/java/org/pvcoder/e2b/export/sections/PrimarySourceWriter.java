package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.PrimarySource;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

import java.util.List;

/** C.2.r: primary sources, each a related investigation of code 2 (source report) with its author. */
public final class PrimarySourceWriter {

    private PrimarySourceWriter() {
    }

    public static void write(XmlOut out, List<PrimarySource> sources) {
        for (PrimarySource source : sources) {
            out.typed("outboundRelationship", "SPRT");
            if (Boolean.TRUE.equals(source.primaryForRegulatoryPurposes())) {
                out.empty("priorityNumber", "value", "1");
            }
            out.act("relatedInvestigation", "INVSTG", "EVN").code("code", "2", Oids.RELATED_INVESTIGATION);
            out.typed("subjectOf2", "SUBJ").act("controlActEvent", "CACT", "EVN").typed("author", "AUT");
            out.start("assignedEntity").attr("classCode", "ASSIGNED");
            Addresses.write(out, source.street(), source.city(), source.state(), source.postcode());
            Addresses.telecom(out, "tel:", source.telephone());
            out.entity("assignedPerson", "PSN", "INSTANCE");
            Addresses.personName(out, source.title(), source.givenName(), source.familyName());
            if (source.qualification() != null) {
                out.start("asQualifiedEntity").attr("classCode", "QUAL")
                        .code("code", source.qualification().code(), Oids.QUALIFICATION).end();
            } else {
                out.start("asQualifiedEntity").attr("classCode", "QUAL").empty("code", "nullFlavor", "UNK").end();
            }
            Addresses.locatedIn(out, source.country());
            out.end();
            Addresses.organisation(out, source.department(), source.organisation());
            out.end().end().end().end();
            out.end().end();
        }
    }
}

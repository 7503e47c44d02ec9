package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.Drug;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

/** G.k.2–G.k.3: the medicinal product (MPID, name, substances, authorisation) and where it was obtained. */
final class ProductWriter {

    private ProductWriter() {
    }

    static void write(XmlOut out, Drug drug) {
        out.typed("consumable", "CSM").start("instanceOfKind").attr("classCode", "INST");
        out.entity("kindOfProduct", "MMAT", "KIND");
        if (drug.mpid() != null) {
            out.empty("code", "code", drug.mpid(), "codeSystem", Oids.MPID, "codeSystemVersion", drug.mpidVersion());
        }
        out.textElement("name", drug.productName());
        writeAuthorisation(out, drug);
        for (Drug.Substance substance : drug.substances()) {
            writeSubstance(out, substance);
        }
        out.end();
        if (drug.obtainedCountry() != null) {
            out.typed("subjectOf", "SBJ").act("productEvent", "ACT", "EVN").code("code", "1", Oids.PRODUCT_EVENT);
            out.typed("performer", "PRF").start("assignedEntity").attr("classCode", "ASSIGNED")
                    .entity("representedOrganization", "ORG", "INSTANCE")
                    .start("addr").textElement("country", drug.obtainedCountry()).end()
                    .end().end().end();
            out.end().end();
        }
        out.end().end();
    }

    private static void writeAuthorisation(XmlOut out, Drug drug) {
        if (drug.authorisationNumber() == null && drug.authorisationCountry() == null && drug.authorisationHolder() == null) {
            return;
        }
        out.start("asManufacturedProduct").attr("classCode", "MANU").typed("subjectOf", "SBJ").act("approval", "CNTRCT", "EVN");
        if (drug.authorisationNumber() != null) {
            out.id(Oids.AUTHORISATION_NUMBER, drug.authorisationNumber());
        }
        if (drug.authorisationHolder() != null) {
            out.typed("holder", "HLD").start("role").attr("classCode", "HLD")
                    .entity("playingOrganization", "ORG", "INSTANCE").textElement("name", drug.authorisationHolder()).end()
                    .end().end();
        }
        if (drug.authorisationCountry() != null) {
            out.typed("author", "AUT").start("territorialAuthority").attr("classCode", "TERR")
                    .entity("territory", "NAT", "INSTANCE").country("code", drug.authorisationCountry()).end()
                    .end().end();
        }
        out.end().end().end();
    }

    private static void writeSubstance(XmlOut out, Drug.Substance substance) {
        out.start("ingredient").attr("classCode", "ACTI");
        if (substance.strength() != null || substance.strengthUnit() != null) {
            out.start("quantity")
                    .quantity("numerator", null, substance.strength(), substance.strengthUnit())
                    .empty("denominator", "value", "1")
                    .end();
        }
        out.entity("ingredientSubstance", "MMAT", "KIND");
        if (substance.termId() != null) {
            out.empty("code", "code", substance.termId(), "codeSystem", Oids.SUBSTANCE, "codeSystemVersion", substance.termIdVersion());
        }
        out.textElement("name", substance.name());
        out.end().end();
    }
}

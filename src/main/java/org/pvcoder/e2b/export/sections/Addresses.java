package org.pvcoder.e2b.export.sections;

import org.pvcoder.e2b.export.XmlOut;

/** The person, address and organisation pieces C.2.r (reporters) and C.3 (sender) share. */
final class Addresses {

    private Addresses() {
    }

    static void write(XmlOut out, String street, String city, String state, String postcode) {
        if (street == null && city == null && state == null && postcode == null) {
            return;
        }
        out.start("addr")
                .textElement("streetAddressLine", street)
                .textElement("city", city)
                .textElement("state", state)
                .textElement("postalCode", postcode)
                .end();
    }

    static void telecom(XmlOut out, String scheme, String value) {
        if (value != null) {
            out.empty("telecom", "value", scheme + value);
        }
    }

    static void personName(XmlOut out, String title, String given, String family) {
        if (title == null && given == null && family == null) {
            return;
        }
        out.start("name").textElement("prefix", title).textElement("given", given).textElement("family", family).end();
    }

    static void locatedIn(XmlOut out, String country) {
        if (country == null) {
            return;
        }
        out.start("asLocatedEntity").attr("classCode", "LOCE")
                .entity("location", "COUNTRY", "INSTANCE").country("code", country).end()
                .end();
    }

    /** {@code representedOrganization/name} = department, nested {@code .../representedOrganization/name} = organisation. */
    static void organisation(XmlOut out, String department, String organisation) {
        if (department == null && organisation == null) {
            return;
        }
        out.entity("representedOrganization", "ORG", "INSTANCE").textElement("name", department);
        if (organisation != null) {
            out.start("assignedEntity").attr("classCode", "ASSIGNED")
                    .entity("representedOrganization", "ORG", "INSTANCE").textElement("name", organisation).end()
                    .end();
        }
        out.end();
    }
}

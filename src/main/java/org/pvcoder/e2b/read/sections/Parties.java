package org.pvcoder.e2b.read.sections;

import org.pvcoder.e2b.read.XmlNode;

/** Reading the organisation and telecom pieces C.2.r and C.3 share. */
final class Parties {

    private Parties() {
    }

    static String department(XmlNode assignedEntity) {
        return assignedEntity.at("representedOrganization", "name").text();
    }

    static String organisation(XmlNode assignedEntity) {
        return assignedEntity.at("representedOrganization", "assignedEntity", "representedOrganization", "name").text();
    }

    static String telecom(XmlNode assignedEntity, String scheme) {
        for (XmlNode telecom : assignedEntity.children("telecom")) {
            String value = telecom.attr("value");
            if (value != null && value.startsWith(scheme)) {
                return value.substring(scheme.length());
            }
        }
        return null;
    }
}

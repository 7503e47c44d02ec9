package org.pvcoder.e2b;

/** Code system and identifier OIDs of ICH E2B(R3) (the element table's "Field OIDs" column). */
public final class Oids {

    public static final String HL7_NAMESPACE = "urn:hl7-org:v3";
    public static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

    /** ICH code list {@code n}: 2.16.840.1.113883.3.989.2.1.1.n. */
    public static String codeList(int n) {
        return "2.16.840.1.113883.3.989.2.1.1." + n;
    }

    /** ICH identifier root {@code n}: 2.16.840.1.113883.3.989.2.1.3.n. */
    public static String idRoot(int n) {
        return "2.16.840.1.113883.3.989.2.1.3." + n;
    }

    public static final String MESSAGE_TYPE = codeList(1);
    public static final String REPORT_TYPE = codeList(2);
    public static final String FIRST_SENDER = codeList(3);
    public static final String NULLIFICATION = codeList(5);
    public static final String QUALIFICATION = codeList(6);
    public static final String SENDER_TYPE = codeList(7);
    public static final String STUDY_TYPE = codeList(8);
    public static final String AGE_GROUP = codeList(9);
    public static final String TERM_HIGHLIGHTED = codeList(10);
    public static final String OUTCOME = codeList(11);
    public static final String TEST_RESULT = codeList(12);
    public static final String DRUG_ROLE = codeList(13);
    /** The E2B(R2) route of administration list, still seen in R3 messages. */
    public static final String ROUTE_R2 = codeList(14);
    public static final String ACTION_TAKEN = codeList(15);
    public static final String RECURRENCE = codeList(16);
    public static final String PRODUCT_EVENT = codeList(18);
    public static final String OBSERVATION = codeList(19);
    public static final String CATEGORY = codeList(20);
    public static final String AUTHOR_SOURCE = codeList(21);
    public static final String RELATED_INVESTIGATION = codeList(22);
    public static final String CHARACTERISTIC = codeList(23);
    public static final String DOCUMENT_TYPE = codeList(27);

    public static final String MESSAGE_ID = idRoot(1);
    public static final String SAFETY_REPORT_ID = idRoot(1);
    public static final String WORLDWIDE_ID = idRoot(2);
    public static final String OTHER_CASE_ID = idRoot(3);
    public static final String AUTHORISATION_NUMBER = idRoot(4);
    public static final String SPONSOR_STUDY_NUMBER = idRoot(5);
    public static final String STUDY_REGISTRATION = idRoot(6);
    public static final String MESSAGE_SENDER = idRoot(11);
    public static final String MESSAGE_RECEIVER = idRoot(12);
    public static final String BATCH_SENDER = idRoot(13);
    public static final String BATCH_RECEIVER = idRoot(14);
    public static final String BATCH_NUMBER = idRoot(22);
    /** ACK: acknowledged batch / message identifiers. */
    public static final String ACK_BATCH = idRoot(20);

    public static final String MEDDRA = "2.16.840.1.113883.6.163";
    public static final String ISO_COUNTRY = "1.0.3166.1.2.2";
    public static final String ISO_SEX = "1.0.5218";
    public static final String HL7_ACT_CODE = "2.16.840.1.113883.5.4";
    public static final String HL7_INTERACTION = "2.16.840.1.113883.1.6";
    public static final String HL7_TRIGGER_EVENT = "2.16.840.1.113883.1.18";
    public static final String HL7_INTERPRETATION = "2.16.840.1.113883.5.83";
    public static final String EDQM_ROUTE = "0.4.0.127.0.16.1.1.2.6";
    public static final String EDQM_DOSE_FORM = "0.4.0.127.0.16.1.1.2.1";
    public static final String MPID = "TBD-MPID";
    public static final String SUBSTANCE = "TBD-Substance";

    private Oids() {
    }
}

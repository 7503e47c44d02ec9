package org.pvcoder.cases.model;

/** A case item that holds a verbatim term coded to MedDRA (reactions, medical history, indications). */
public interface CodableItem {

    String verbatim();

    String meddraVersion();

    String lltCode();

    Coding coding();
}

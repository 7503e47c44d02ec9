package org.pvcoder.icd10.files;

/** A note an XML distribution file attaches to a code; {@code kind} is one of {@link NoteKind}'s names. */
public record XmlNote(String code, String kind, String text) {
}

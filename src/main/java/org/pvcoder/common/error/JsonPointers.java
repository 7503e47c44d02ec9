package org.pvcoder.common.error;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.List;

/** Turns a Jackson reference path into an RFC 6901 JSON pointer such as {@code /reactions/2/outcome}. */
final class JsonPointers {

    private JsonPointers() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            pointer.append('/');
            pointer.append(ref.getFieldName() != null ? escape(ref.getFieldName()) : String.valueOf(ref.getIndex()));
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}

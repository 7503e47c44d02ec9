package org.pvcoder.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pvcoder.cases.audit.JsonDiff;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonDiffTest {

    private final ObjectMapper json = new ObjectMapper();

    private List<String> diff(String a, String b) throws Exception {
        return JsonDiff.between(a == null ? null : json.readTree(a), b == null ? null : json.readTree(b)).stream()
                .map(c -> c.path() + ":" + c.oldValue() + "->" + c.newValue()).toList();
    }

    @Test
    void reportsChangedAddedAndRemovedLeaves() throws Exception {
        assertEquals(List.of("/a:1->2", "/e:true->null", "/c/0/d:null->\"x\""),
                diff("{\"a\":1,\"b\":\"same\",\"e\":true}", "{\"a\":2,\"b\":\"same\",\"c\":[{\"d\":\"x\"}]}"));
    }

    @Test
    void creationListsEveryLeafAsNew() throws Exception {
        assertEquals(List.of("/x/y:null->1", "/z/0:null->\"q\""), diff(null, "{\"x\":{\"y\":1},\"z\":[\"q\"]}"));
    }

    @Test
    void equalDocumentsHaveNoChanges() throws Exception {
        assertEquals(List.of(), diff("{\"a\":[1,2]}", "{\"a\":[1,2]}"));
    }
}

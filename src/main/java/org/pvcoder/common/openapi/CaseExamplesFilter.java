package org.pvcoder.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Puts the request bodies of docs/examples into the OpenAPI document as examples of the case endpoints. */
public class CaseExamplesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        PathItem cases = openAPI.getPaths().getPathItem("/api/cases");
        PathItem oneCase = openAPI.getPaths().getPathItem("/api/cases/{id}");
        if (cases != null) {
            addExamples(cases.getPOST());
        }
        if (oneCase != null) {
            addExamples(oneCase.getPUT());
        }
    }

    private static void addExamples(Operation operation) {
        if (operation == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        if (json != null) {
            json.addExample("minimal", OASFactory.createExample().summary("The least a valid case needs").value(read("case-minimal.json")));
            json.addExample("full", OASFactory.createExample().summary("Every section filled").value(read("case-full.json")));
        }
    }

    private static String read(String name) {
        try (InputStream in = CaseExamplesFilter.class.getResourceAsStream("/api-examples/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

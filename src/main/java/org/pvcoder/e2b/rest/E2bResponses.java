package org.pvcoder.e2b.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.pvcoder.e2b.export.ExportedBatch;

/** An exported batch as an XML download. */
final class E2bResponses {

    private E2bResponses() {
    }

    static Response download(ExportedBatch batch) {
        StreamingOutput body = batch::transferTo;
        return Response.ok(body, MediaType.APPLICATION_XML_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + batch.batchNumber() + ".xml\"")
                .header("X-E2B-Messages", batch.messages())
                .build();
    }
}

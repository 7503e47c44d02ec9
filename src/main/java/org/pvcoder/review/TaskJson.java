package org.pvcoder.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.List;

/** Reads and writes the JSON columns of a task, and turns a task into its view. */
@ApplicationScoped
public class TaskJson {

    private static final TypeReference<List<TaskCandidate>> CANDIDATES = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public TaskJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<TaskCandidate> candidates(CodingTask task) {
        try {
            return mapper.readValue(task.candidates, CANDIDATES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TaskContext context(CodingTask task) {
        try {
            return mapper.readValue(task.context, TaskContext.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TaskView view(CodingTask t) {
        return new TaskView(t.id, t.system, t.version, t.verbatim, t.normalized, t.caseId, t.caseVersion, t.itemRef,
                t.itemKind.name(), context(t), candidates(t), t.status.name(), t.assignee, t.priority, t.serious, t.dueDate,
                t.question, t.answer, t.decisionCode, t.decisionReason, t.decidedBy, t.decidedAt, t.createdAt, t.updatedAt);
    }
}

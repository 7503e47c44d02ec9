package org.pvcoder.common.load;

import org.pvcoder.common.error.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a dictionary release (MedDRA, ICD-10), each as {@code file:line} and a reason. Listing stops after
 * {@link #MAX_LISTED} problems but counting goes on, so a badly broken file does not flood the answer.
 */
public final class LoadProblems {

    public static final int MAX_LISTED = 100;

    private final List<Problem.FieldError> listed = new ArrayList<>();
    private int count;

    public void add(String file, long line, String message) {
        add(file + ":" + line, message);
    }

    public void add(String pointer, String message) {
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(new Problem.FieldError(pointer, message, null));
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int count() {
        return count;
    }

    public List<Problem.FieldError> listed() {
        return List.copyOf(listed);
    }

    /** One line per problem, for logs and problem details. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (Problem.FieldError error : listed) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(error.pointer()).append(": ").append(error.message());
        }
        if (count > listed.size()) {
            text.append("; and ").append(count - listed.size()).append(" more");
        }
        return text.toString();
    }
}

package org.pvcoder.icd10;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.pvcoder.terminology.TerminologyActivated;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the activation events, as the coding engine would receive them. */
@ApplicationScoped
public class Icd10ActivationRecorder {

    private final List<TerminologyActivated> events = new CopyOnWriteArrayList<>();

    void on(@Observes TerminologyActivated event) {
        events.add(event);
    }

    public List<TerminologyActivated> events() {
        return events;
    }
}

package org.pvcoder.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A verbatim the autocoder was not sure of, waiting for a person's decision. */
@Entity
@Table(name = "coding_task")
public class CodingTask extends PanacheEntityBase {

    /** Serious cases come first in the queue. */
    public static final int PRIORITY_SERIOUS = 0;
    public static final int PRIORITY_NON_SERIOUS = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "terminology_system")
    public String system;

    @Column(name = "terminology_version")
    public String version;

    public String verbatim;

    /** The verbatim as the autocoder normalized it: tasks with the same one get the same decision. */
    public String normalized;

    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "case_version")
    public Integer caseVersion;

    /** Which item of the case the verbatim is, see {@link org.pvcoder.cases.CaseItemRef}. */
    @Column(name = "item_ref")
    public String itemRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind")
    public ItemKind itemKind;

    /** JSON of {@link TaskContext}. */
    public String context;

    /** JSON list of {@link TaskCandidate}, best first. */
    public String candidates;

    /** The autocoder's top candidate, kept to measure agreement with the decision. */
    @Column(name = "suggested_code")
    public String suggestedCode;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    public String assignee;

    public boolean serious;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public int priority;

    public String question;

    public String answer;

    @Column(name = "decision_code")
    public String decisionCode;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    @Column(name = "lock_version")
    public long lockVersion;

    /** What kind of case item a task codes. */
    public enum ItemKind { REACTION, MEDICAL_HISTORY, INDICATION, BATCH }
}

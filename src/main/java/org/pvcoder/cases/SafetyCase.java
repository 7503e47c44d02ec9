package org.pvcoder.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * A stored case. The E2B-shaped document ({@link org.pvcoder.cases.model.CaseReport}) is kept whole as JSON in
 * {@code content}; the other columns are derived from it for search. Envers keeps every revision.
 */
@Entity
@Table(name = "safety_case")
@Audited
public class SafetyCase extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The case version users see: 1 at creation, +1 with each follow-up or coding change. */
    @Column(name = "version_number")
    public int versionNumber;

    /** Optimistic lock; catches two writers that both passed the version check. */
    @Version
    @Column(name = "lock_version")
    public long lockVersion;

    @Column(name = "safety_report_id")
    public String safetyReportId;

    @Column(name = "worldwide_unique_id")
    public String worldwideUniqueId;

    @Column(name = "report_type")
    public String reportType;

    public boolean serious;

    @Column(name = "first_received")
    public String firstReceived;

    @Column(name = "most_recent_received")
    public String mostRecentReceived;

    /** Lower-cased reaction verbatims, drug and substance names, for the text filter. */
    @Column(name = "search_text")
    public String searchText;

    public String content;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}

package org.pvcoder.coding.memory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One learned pair as stored: a verbatim, the term chosen for it, its status, and who decided when. */
@Entity
@Table(name = "coding_memory")
public class CodingMemoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "terminology_system")
    public String system;

    @Column(name = "terminology_version")
    public String version;

    public String verbatim;

    /** The verbatim as the normalizer words it: the duplicate check, not the lookup key (the engine recomputes). */
    public String normalized;

    @Column(name = "term_code")
    public String termCode;

    @Enumerated(EnumType.STRING)
    public MemoryStatus status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}

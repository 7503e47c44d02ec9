package org.pvcoder.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** One term the case coder decided on a day (AUTO_CODED, NEEDS_REVIEW, NOT_CODABLE), for the daily figures. */
@Entity
@Table(name = "coding_outcome")
public class CodingOutcome extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "terminology_system")
    public String system;

    public String decision;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    static void record(String system, String decision) {
        CodingOutcome outcome = new CodingOutcome();
        outcome.system = system;
        outcome.decision = decision;
        outcome.decidedOn = LocalDate.now(ZoneOffset.UTC);
        outcome.persist();
    }
}

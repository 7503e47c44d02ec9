package org.pvcoder.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures of the queue: what waits, how long, how fast people decide, how often they agree with the autocoder. */
@ApplicationScoped
public class ReviewStats {

    private static final int DAYS = 30;

    private final EntityManager em;
    private final ReviewQueue queue;

    public ReviewStats(EntityManager em, ReviewQueue queue) {
        this.em = em;
        this.queue = queue;
    }

    public record DayCount(LocalDate day, long count) {
    }

    public record AutoCodingDay(LocalDate day, long autoCoded, long needsReview, long notCodable, double autoCodedRate) {
    }

    public record Agreement(long decided, long agreed, double rate) {
    }

    /**
     * {@code autoCodingPerDay} counts every terminology together; {@code autoCodingPerDayBySystem} splits the same
     * outcomes by terminology ("meddra", "icd10"), whose rates differ.
     */
    public record Stats(Map<TaskStatus, Long> counts, long openTasks, double medianOpenAgeHours, List<DayCount> decisionsPerDay,
                        List<AutoCodingDay> autoCodingPerDay, Map<String, List<AutoCodingDay>> autoCodingPerDayBySystem,
                        Agreement agreement) {
    }

    @Transactional
    public Stats stats() {
        Map<TaskStatus, Long> counts = queue.counts();
        List<Instant> openSince = em.createQuery(
                "select t.createdAt from CodingTask t where t.status in ('OPEN', 'CLAIMED') order by t.createdAt", Instant.class).getResultList();
        List<Object[]> outcomes = outcomesPerDay();
        Map<String, List<AutoCodingDay>> bySystem = new TreeMap<>();
        outcomes.stream().map(row -> (String) row[0]).distinct().forEach(system ->
                bySystem.put(system, autoCodingPerDay(outcomes.stream().filter(row -> system.equals(row[0])).toList())));
        return new Stats(counts, openSince.size(), medianAgeHours(openSince), decisionsPerDay(), autoCodingPerDay(outcomes),
                bySystem, agreement());
    }

    private static double medianAgeHours(List<Instant> sortedCreated) {
        if (sortedCreated.isEmpty()) {
            return 0;
        }
        Instant median = sortedCreated.get((sortedCreated.size() - 1) / 2);
        return Duration.between(median, Instant.now()).toMinutes() / 60.0;
    }

    private List<DayCount> decisionsPerDay() {
        Instant since = LocalDate.now(ZoneOffset.UTC).minusDays(DAYS).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Instant> decided = em.createQuery(
                "select t.decidedAt from CodingTask t where t.decidedAt >= ?1 and t.status in ('CODED', 'REJECTED')", Instant.class)
                .setParameter(1, since).getResultList();
        Map<LocalDate, Long> perDay = new TreeMap<>();
        decided.forEach(at -> perDay.merge(at.atZone(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum));
        return perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
    }

    /** Rows of (terminology, day, decision, count) for the last {@link #DAYS} days. */
    private List<Object[]> outcomesPerDay() {
        return em.createQuery("select o.system, o.decidedOn, o.decision, count(o) from CodingOutcome o where o.decidedOn >= ?1"
                + " group by o.system, o.decidedOn, o.decision", Object[].class)
                .setParameter(1, LocalDate.now(ZoneOffset.UTC).minusDays(DAYS)).getResultList();
    }

    private static List<AutoCodingDay> autoCodingPerDay(List<Object[]> rows) {
        Map<LocalDate, long[]> perDay = new TreeMap<>();
        for (Object[] row : rows) {
            long[] c = perDay.computeIfAbsent((LocalDate) row[1], d -> new long[3]);
            int slot = switch ((String) row[2]) {
                case "AUTO_CODED" -> 0;
                case "NEEDS_REVIEW" -> 1;
                default -> 2;
            };
            c[slot] += (Long) row[3];
        }
        List<AutoCodingDay> days = new ArrayList<>();
        perDay.forEach((day, c) -> {
            long all = c[0] + c[1] + c[2];
            days.add(new AutoCodingDay(day, c[0], c[1], c[2], all == 0 ? 0 : (double) c[0] / all));
        });
        return days;
    }

    private Agreement agreement() {
        Object[] row = em.createQuery("select count(t), sum(case when t.decisionCode = t.suggestedCode then 1 else 0 end)"
                + " from CodingTask t where t.status = 'CODED' and t.suggestedCode is not null", Object[].class).getSingleResult();
        long decided = (Long) row[0];
        long agreed = row[1] == null ? 0 : ((Number) row[1]).longValue();
        return new Agreement(decided, agreed, decided == 0 ? 0 : (double) agreed / decided);
    }
}

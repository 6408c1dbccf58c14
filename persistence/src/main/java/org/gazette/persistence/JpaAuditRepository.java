package org.gazette.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.gazette.domain.audit.AuditEntry;
import org.gazette.domain.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository extends JpaRepository<AuditEntry> implements AuditRepository {

    protected JpaAuditRepository() {
        this(null);
    }

    JpaAuditRepository(EntityManager em) {
        super(AuditEntry.class, em);
    }

    @Override
    public List<AuditEntry> newest(AuditFilter filter, int offset, int limit) {
        return query(filter, Optional.empty()).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<AuditEntry> after(AuditFilter filter, Optional<AuditEntry> last, int limit) {
        return query(filter, last).setMaxResults(limit).getResultList();
    }

    @Override
    public int removeBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM AuditEntry e WHERE e.at < :cutoff").setParameter("cutoff", utc(cutoff)).executeUpdate();
    }

    /** Newest first, with the id to order entries of the same moment, so reading on after one never skips or repeats. */
    private TypedQuery<AuditEntry> query(AuditFilter filter, Optional<AuditEntry> after) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.username() != null) {
            conditions.add("LOWER(e.username) LIKE :user");
            parameters.put("user", TextPattern.containing(filter.username()));
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.subject() != null) {
            conditions.add("(LOWER(e.subject) LIKE :subject OR e.subjectId = :subjectId)");
            parameters.put("subject", TextPattern.containing(filter.subject()));
            parameters.put("subjectId", filter.subject());
        }
        if (filter.from() != null) {
            conditions.add("e.at >= :from");
            parameters.put("from", utc(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("e.at < :until");
            parameters.put("until", utc(filter.until()));
        }
        after.ifPresent(last -> {
            conditions.add("(e.at < :lastAt OR (e.at = :lastAt AND e.id < :lastId))");
            parameters.put("lastAt", utc(last.at()));
            parameters.put("lastId", last.id());
        });
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where + " ORDER BY e.at DESC, e.id DESC", AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package io.fleet.dispatch.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * Writes the audit log, always on the connection of the change it records, so the row commits or rolls back with
 * it: {@link #record(AuditEvent)} inside a JPA transaction, {@link #record(Connection, AuditEvent)} for code that
 * runs its own JDBC transaction. The actor and address come from the signed-in request ({@link Actors}).
 */
@ApplicationScoped
public class AuditLog {

    private final Actors actors;
    private final EntityManager entities;
    private final ObjectMapper json;

    AuditLog(Actors actors, EntityManager entities, ObjectMapper json) {
        this.actors = actors;
        this.entities = entities;
        this.json = json;
    }

    /** In the current JPA (JTA) transaction, or a transaction of its own when there is none. */
    @Transactional
    public void record(AuditEvent event) {
        record(event, actors.current());
    }

    /** In the current JPA transaction, for a named actor (sign-in, where nobody is signed in yet). */
    @Transactional
    public void record(AuditEvent event, Actor actor) {
        entities.unwrap(Session.class).doWork(c -> record(c, event, actor));
    }

    /** On the caller's own JDBC transaction. */
    public void record(Connection c, AuditEvent event) throws SQLException {
        record(c, event, actors.current());
    }

    public void record(Connection c, AuditEvent event, Actor actor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO audit_log (account_id, username, roles, client_address, action, resource_type, resource_id,
                                       org_path, before, after, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""")) {
            s.setObject(1, actor.accountId());
            s.setString(2, actor.username());
            s.setArray(3, c.createArrayOf("varchar", actor.roles().toArray()));
            s.setString(4, actors.clientAddress());
            s.setString(5, event.action());
            s.setString(6, event.resourceType());
            s.setString(7, event.resourceId() == null ? null : String.valueOf(event.resourceId()));
            s.setString(8, event.orgPath() == null ? "/" : event.orgPath());
            s.setString(9, write(event.before()));
            s.setString(10, write(event.after()));
            s.setString(11, event.outcome() == null ? "OK" : event.outcome());
            s.executeUpdate();
        }
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write audit value " + value.getClass().getSimpleName(), e);
        }
    }
}

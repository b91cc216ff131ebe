package io.fleet.dispatch.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.fleet.dispatch.common.Sequences;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public long nextId() {
        return Sequences.next(getEntityManager(), "account_id_seq");
    }

    public Optional<Account> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /**
     * The accounts a change of a trip concerns: its drivers, its requester (by name, in an organisation above the
     * trip's) and the approvers of an organisation above it.
     */
    @SuppressWarnings("unchecked")
    public List<Long> concernedBy(String tripOrgPath, String requester, Set<Long> driverIds) {
        return ((List<Number>) getEntityManager().createNativeQuery("""
                        SELECT id FROM account WHERE enabled AND (
                            driver_id = ANY(CAST(:drivers AS bigint[]))
                            OR (role = 'REQUESTER' AND display_name = :requester AND :path LIKE org_path || '%')
                            OR (role = 'APPROVER' AND :path LIKE org_path || '%'))
                        ORDER BY id""")
                .setParameter("drivers", driverIds.stream().map(String::valueOf)
                        .reduce((a, b) -> a + "," + b).map(s -> "{" + s + "}").orElse("{}"))
                .setParameter("requester", requester)
                .setParameter("path", tripOrgPath)
                .getResultList()).stream().map(Number::longValue).toList();
    }
}

package io.fleet.dispatch.organisation;

/** An organisation as the API shows it. */
public record OrganisationView(long id, Long parentId, String code, String name, OrganisationKind kind, int version) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.parentId, o.code, o.name, o.kind, o.version);
    }
}

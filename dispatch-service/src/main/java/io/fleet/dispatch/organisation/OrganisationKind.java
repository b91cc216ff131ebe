package io.fleet.dispatch.organisation;

/** The three levels of the tree the bureaus work in: city bureau -> district bureaus -> units. */
public enum OrganisationKind {
    CITY_BUREAU,
    DISTRICT_BUREAU,
    UNIT;

    /** Which kind of parent a new organisation of this kind may hang under. */
    boolean acceptsParent(OrganisationKind parent) {
        return switch (this) {
            case CITY_BUREAU -> parent == null;
            case DISTRICT_BUREAU -> parent == CITY_BUREAU;
            case UNIT -> parent != null;
        };
    }
}

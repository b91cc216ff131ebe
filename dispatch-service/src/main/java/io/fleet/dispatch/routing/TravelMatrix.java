package io.fleet.dispatch.routing;

/**
 * Seconds and metres from every origin (row) to every destination (column); {@code null} where no road connects
 * the pair for this profile.
 */
public record TravelMatrix(RoadProfile profile, Double[][] seconds, Double[][] metres) {

    public Double seconds(int origin, int destination) {
        return seconds[origin][destination];
    }

    public Double metres(int origin, int destination) {
        return metres[origin][destination];
    }
}

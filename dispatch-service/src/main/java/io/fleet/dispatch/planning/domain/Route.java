package io.fleet.dispatch.planning.domain;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * One vehicle with its driver for the plan's day, and the stops it will make in order. One extra route, marked
 * {@link #unserved()}, holds the stops nobody serves: OptaPlanner 10's list variable must place every value, so
 * "unserved" is a place in the plan, penalised by priority, rather than a missing assignment.
 */
@PlanningEntity
public class Route {

    @PlanningId
    private String id;
    private int index;
    private boolean unserved;
    private Long vehicleId;
    private String plate;
    private Long driverId;
    private String driverName;
    /** Passengers it can carry besides the driver. */
    private int capacity;
    private int startLocation;
    /** Where it must end the day (home lot, depot); -1 when it may stay at its last stop. */
    private int endLocation;
    /** Plan second from which it may leave its start location. */
    private long availableFrom;
    /** Plan second by which it must be back at its end location (the driver's shift end). */
    private long shiftEnd;
    /** Seconds of work the driver may still do today. */
    private long workLimit;
    /** Metres it can still drive on its battery; Long.MAX_VALUE for fuel vehicles. */
    private long rangeMetres;
    private boolean newEnergy;
    /** Medium-level cost of using this vehicle at all (Li &amp; Lim counts vehicles; dispatch does not). */
    private long usageCost;
    /** Soft weight per metre driven (Li &amp; Lim minimises distance). */
    private long distanceWeight;
    /** Soft weight per metre driven with nobody aboard (dispatch minimises empty kilometres). */
    private long emptyWeight;
    private List<Commitment> commitments;
    private TravelCosts costs;

    @PlanningListVariable(valueRangeProviderRefs = "stops")
    private List<Stop> stops = new ArrayList<>();

    Route() {
        // for the solver's planning clone
    }

    public Route(String id, int index, Long vehicleId, String plate, Long driverId, String driverName, int capacity,
            int startLocation, int endLocation, long availableFrom, long shiftEnd, long workLimit, long rangeMetres,
            boolean newEnergy, long usageCost, long distanceWeight, long emptyWeight, List<Commitment> commitments,
            TravelCosts costs) {
        this.id = id;
        this.index = index;
        this.vehicleId = vehicleId;
        this.plate = plate;
        this.driverId = driverId;
        this.driverName = driverName;
        this.capacity = capacity;
        this.startLocation = startLocation;
        this.endLocation = endLocation;
        this.availableFrom = availableFrom;
        this.shiftEnd = shiftEnd;
        this.workLimit = workLimit;
        this.rangeMetres = rangeMetres;
        this.newEnergy = newEnergy;
        this.usageCost = usageCost;
        this.distanceWeight = distanceWeight;
        this.emptyWeight = emptyWeight;
        this.commitments = List.copyOf(commitments);
        this.costs = costs;
    }

    /** A copy with its own stop list, for changing a plan that others may be reading. */
    public Route copy() {
        Route c = new Route();
        c.id = id;
        c.index = index;
        c.unserved = unserved;
        c.vehicleId = vehicleId;
        c.plate = plate;
        c.driverId = driverId;
        c.driverName = driverName;
        c.capacity = capacity;
        c.startLocation = startLocation;
        c.endLocation = endLocation;
        c.availableFrom = availableFrom;
        c.shiftEnd = shiftEnd;
        c.workLimit = workLimit;
        c.rangeMetres = rangeMetres;
        c.newEnergy = newEnergy;
        c.usageCost = usageCost;
        c.distanceWeight = distanceWeight;
        c.emptyWeight = emptyWeight;
        c.commitments = commitments;
        c.costs = costs;
        c.stops = new ArrayList<>(stops);
        return c;
    }

    /** The holder of unserved stops: no vehicle, no schedule, never scored except as "unserved". */
    public static Route unservedStops(int index, TravelCosts costs) {
        Route route = new Route();
        route.costs = costs;
        route.id = "unserved";
        route.index = index;
        route.unserved = true;
        route.commitments = List.of();
        return route;
    }

    /** The route's schedule and rule checks for its current stops. */
    public RouteTimeline timeline() {
        return RouteTimeline.of(this, stops);
    }

    public String id() {
        return id;
    }

    public int index() {
        return index;
    }

    public boolean unserved() {
        return unserved;
    }

    public Long vehicleId() {
        return vehicleId;
    }

    public String plate() {
        return plate;
    }

    public Long driverId() {
        return driverId;
    }

    public String driverName() {
        return driverName;
    }

    public int capacity() {
        return capacity;
    }

    public int startLocation() {
        return startLocation;
    }

    public int endLocation() {
        return endLocation;
    }

    public long availableFrom() {
        return availableFrom;
    }

    public long shiftEnd() {
        return shiftEnd;
    }

    public long workLimit() {
        return workLimit;
    }

    public long rangeMetres() {
        return rangeMetres;
    }

    public boolean newEnergy() {
        return newEnergy;
    }

    public long usageCost() {
        return usageCost;
    }

    public long distanceWeight() {
        return distanceWeight;
    }

    public long emptyWeight() {
        return emptyWeight;
    }

    /** A trip the driver accepted while the plan was being solved: now fixed on this vehicle. */
    public void addCommitment(Commitment commitment) {
        List<Commitment> all = new ArrayList<>(commitments);
        all.removeIf(c -> c.requestId() == commitment.requestId());
        all.add(commitment);
        commitments = List.copyOf(all);
    }

    public void removeCommitment(long requestId) {
        List<Commitment> all = new ArrayList<>(commitments);
        all.removeIf(c -> c.requestId() == requestId);
        commitments = List.copyOf(all);
    }

    public TravelCosts costs() {
        return costs;
    }

    public List<Commitment> commitments() {
        return commitments;
    }

    public List<Stop> stops() {
        return stops;
    }

    @Override
    public String toString() {
        return id;
    }
}

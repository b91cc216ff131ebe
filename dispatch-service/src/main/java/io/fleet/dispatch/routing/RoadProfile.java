package io.fleet.dispatch.routing;

import static com.graphhopper.json.Statement.Else;
import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.util.CustomModel;

/**
 * The vehicles the pool routes. Both are node-based (no turn costs) so that contraction hierarchies answer the
 * many one-to-one queries of a travel-time matrix quickly; the custom models below are part of the graph cache key.
 */
public enum RoadProfile {

    /** Official sedans: every road a car may use at its usual speed; private roads and tracks are avoided. */
    CAR {
        @Override
        CustomModel customModel() {
            return base();
        }
    },

    /** Minibuses (up to ~19 seats): capped at 80 km/h, slower on small roads, kept off narrow or low passages. */
    MINIBUS {
        @Override
        CustomModel customModel() {
            CustomModel model = base();
            model.addToPriority(If("max_width < 2.3 || max_height < 2.9", MULTIPLY, "0"));
            model.addToSpeed(If("road_class == RESIDENTIAL || road_class == SERVICE || road_class == LIVING_STREET"
                    + " || road_class == UNCLASSIFIED || road_class == TRACK", MULTIPLY, "0.75"));
            model.addToSpeed(Else(MULTIPLY, "0.9"));
            model.addToSpeed(If("true", LIMIT, "80"));
            return model;
        }
    };

    /** The encoded values the import must store for the models above. */
    static final String ENCODED_VALUES = "car_access, car_average_speed, road_class, road_access, max_width, max_height";

    public static final RoadProfile DEFAULT = CAR;

    /** What requests may name, for validation. */
    public static final String KEYS_PATTERN = "car|minibus";

    abstract CustomModel customModel();

    static CustomModel base() {
        CustomModel model = new CustomModel();
        model.setDistanceInfluence(70d);
        model.addToPriority(If("!car_access", MULTIPLY, "0"));
        model.addToPriority(If("road_access == PRIVATE || road_class == TRACK", MULTIPLY, "0.1"));
        model.addToSpeed(If("true", LIMIT, "car_average_speed"));
        return model;
    }

    /** The name in requests, responses and GraphHopper ("car", "minibus"). */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RoadProfile fromKey(String key) {
        for (RoadProfile profile : values()) {
            if (profile.key().equals(key)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + key + "', one of " + keys());
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(RoadProfile::key).toList();
    }

    Profile graphHopperProfile() {
        return new Profile(key()).setCustomModel(customModel());
    }

    static List<Profile> graphHopperProfiles() {
        return Arrays.stream(values()).map(RoadProfile::graphHopperProfile).toList();
    }

    static List<CHProfile> chProfiles() {
        return Arrays.stream(values()).map(p -> new CHProfile(p.key())).toList();
    }

    /** Changes whenever a model changes, so a cached graph built with other models is not reused. */
    static String fingerprint() {
        StringBuilder text = new StringBuilder(ENCODED_VALUES);
        for (RoadProfile profile : values()) {
            CustomModel model = profile.customModel();
            text.append('|').append(profile.key()).append(':').append(model.getDistanceInfluence())
                    .append(model.getPriority()).append(model.getSpeed());
        }
        return text.toString();
    }
}

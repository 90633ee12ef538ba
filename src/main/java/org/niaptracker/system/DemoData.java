package org.niaptracker.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The demo accounts and the SC67 meeting ({@code db/demo/R__demo_data.sql}) that the
 * local embedded database gets, so that a fresh clone can walk through the whole journey.
 * Never added for an external database.
 */
public final class DemoData {

	static final String LOCATION = "classpath:db/demo";

	private DemoData() {
	}

	/**
	 * Adds the demo migrations to Flyway's locations (once, however often it is called).
	 */
	public static void addTo(FluentConfiguration configuration) {
		List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
		if (locations.stream().noneMatch((location) -> location.getDescriptor().equals(LOCATION))) {
			locations.add(new Location(LOCATION));
			configuration.locations(locations.toArray(Location[]::new));
		}
	}

}

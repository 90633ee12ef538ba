package org.niaptracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * NIAP Tracker: CITES National Ivory Action Plan progress reports, kept as data.
 */
@SpringBootApplication
public class NiapTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(NiapTrackerApplication.class, args);
	}

}

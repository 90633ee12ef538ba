package org.niaptracker.meeting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mapping from one scale to another as an administrator edits it: for each rating of
 * the from-scale (by code), the code of its target on the to-scale, or empty when the
 * action needs a new rating. The version is empty while no mapping is stored.
 */
public class MappingForm {

	private Map<String, String> targets = new LinkedHashMap<>();

	private Integer version;

	public Map<String, String> getTargets() {
		return this.targets;
	}

	public void setTargets(Map<String, String> targets) {
		this.targets = targets;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}

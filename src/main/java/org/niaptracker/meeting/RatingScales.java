package org.niaptracker.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.niaptracker.meeting.ScaleForm.RatingRow;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.StaleVersionException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the rating scales and the mappings between them: add, relabel and
 * reorder ratings; remove one only while no meeting uses its scale (PostgreSQL refuses it
 * too).
 */
@Service
@Transactional
public class RatingScales {

	private final RatingScaleRepository scales;

	private final ProgressRatingRepository ratings;

	private final MeetingRepository meetings;

	private final ScaleMappingRepository mappings;

	RatingScales(RatingScaleRepository scales, ProgressRatingRepository ratings, MeetingRepository meetings,
			ScaleMappingRepository mappings) {
		this.scales = scales;
		this.ratings = ratings;
		this.meetings = meetings;
		this.mappings = mappings;
	}

	@Transactional(readOnly = true)
	public List<ScaleSummary> list() {
		Map<Long, List<String>> used = new HashMap<>();
		this.meetings.findAllWithScale()
			.forEach((m) -> used.computeIfAbsent(m.getRatingScale().getId(), (id) -> new ArrayList<>())
				.add(m.getCode()));
		Map<Long, List<ProgressRating>> byScale = new HashMap<>();
		this.ratings.findAllByOrderByPosition()
			.forEach((r) -> byScale.computeIfAbsent(r.getRatingScale().getId(), (id) -> new ArrayList<>()).add(r));
		return this.scales.findAllByOrderByCodeAsc()
			.stream()
			.map((s) -> new ScaleSummary(s, byScale.getOrDefault(s.getId(), List.of()),
					used.getOrDefault(s.getId(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public ScaleSummary summary(String code) {
		RatingScale scale = find(code);
		return new ScaleSummary(scale, this.ratings.findByRatingScaleIdOrderByPosition(scale.getId()),
				this.meetings.findByScale(scale.getId()).stream().map(Meeting::getCode).toList());
	}

	@Transactional(readOnly = true)
	public ScaleForm form(String code) {
		RatingScale scale = find(code);
		return ScaleForm.of(scale, this.ratings.findByRatingScaleIdOrderByPosition(scale.getId()));
	}

	/** The mappings from a scale to others, by the code of the other scale. */
	@Transactional(readOnly = true)
	public List<String> mappedTo(String code) {
		return this.mappings.findFrom(find(code).getId()).stream().map((m) -> m.getToScale().getCode()).toList();
	}

	/** Creates a scale with its ratings; returns its code. */
	public String create(ScaleForm form) {
		if (form.getCode().isEmpty()) {
			throw new RejectedValueException("code", "admin.field.required");
		}
		if (this.scales.findByCode(form.getCode()).isPresent()) {
			throw new RejectedValueException("code", "admin.scale.code.taken");
		}
		List<Row> rows = rows(form, Map.of(), false);
		RatingScale scale = new RatingScale(form.getCode(), form.getDescription());
		try {
			this.scales.saveAndFlush(scale);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedValueException("code", "admin.scale.code.taken");
		}
		save(scale, rows, Map.of());
		return scale.getCode();
	}

	/**
	 * Changes a scale's description and ratings: relabels, reorders, adds, and removes
	 * ratings while no meeting uses the scale.
	 */
	public void update(String code, ScaleForm form) {
		RatingScale scale = this.scales.findForUpdate(code)
			.orElseThrow(() -> new NotFoundException("No rating scale " + code));
		StaleVersionException.check(form.getVersion(), scale.getVersion(), "Rating scale " + code);
		Map<Long, ProgressRating> existing = new LinkedHashMap<>();
		this.ratings.findByRatingScaleIdOrderByPosition(scale.getId()).forEach((r) -> existing.put(r.getId(), r));
		boolean inUse = this.meetings.existsByRatingScaleId(scale.getId());
		List<Row> rows = rows(form, existing, inUse);
		scale.describe(form.getDescription());
		save(scale, rows, existing);
	}

	/** A rating of the form, checked, with where it came from. */
	private record Row(int index, RatingRow form, ProgressRating stored) {
	}

	/**
	 * The form's ratings in their new order, every rule checked before anything is
	 * written: labels in three languages, codes unique on the scale, only known ratings
	 * changed, none removed from a scale in use, at least one left.
	 */
	private static List<Row> rows(ScaleForm form, Map<Long, ProgressRating> existing, boolean inUse) {
		List<Row> kept = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < form.getRatings().size(); i++) {
			RatingRow row = form.getRatings().get(i);
			String field = "ratings[" + i + "].";
			if (row == null || row.isBlank()) {
				continue;
			}
			ProgressRating stored = null;
			if (row.getId() != null) {
				stored = existing.get(row.getId());
				if (stored == null || !seen.add(row.getId())) {
					throw new RejectedValueException(field + "code", "admin.scale.rating.unknown");
				}
				if (row.isRemove()) {
					if (inUse) {
						throw new RejectedValueException(field + "remove", "admin.scale.rating.inUse");
					}
					continue;
				}
			}
			else if (row.isRemove()) {
				continue;
			}
			String code = (stored != null) ? stored.getCode() : row.getCode();
			if (code.isEmpty()) {
				throw new RejectedValueException(field + "code", "admin.field.required");
			}
			if (!codes.add(code)) {
				throw new RejectedValueException(field + "code", "admin.scale.rating.code.taken");
			}
			for (String label : List.of("label", "labelFr", "labelEs")) {
				String value = switch (label) {
					case "label" -> row.getLabel();
					case "labelFr" -> row.getLabelFr();
					default -> row.getLabelEs();
				};
				if (value.isBlank()) {
					throw new RejectedValueException(field + label, "admin.field.required");
				}
			}
			kept.add(new Row(i, row, stored));
		}
		if (seen.size() < existing.size()) {
			// The page sends every rating of the scale: one missing was added meanwhile.
			throw new RejectedValueException("ratings", "admin.scale.ratings.incomplete");
		}
		if (kept.isEmpty()) {
			throw new RejectedValueException("ratings", "admin.scale.ratings.none");
		}
		kept.sort(Comparator
			.comparing((Row r) -> (r.form().getPosition() != null) ? r.form().getPosition() : Integer.MAX_VALUE)
			.thenComparing(Row::index));
		return kept;
	}

	private void save(RatingScale scale, List<Row> rows, Map<Long, ProgressRating> existing) {
		Set<Long> kept = new HashSet<>();
		int position = 1;
		for (Row row : rows) {
			ProgressRating rating = (row.stored() != null) ? row.stored()
					: new ProgressRating(scale, row.form().getCode(), position);
			rating.relabel(row.form().getLabel(), row.form().getLabelFr(), row.form().getLabelEs());
			rating.moveTo(position++);
			if (row.stored() == null) {
				this.ratings.save(rating);
			}
			else {
				kept.add(rating.getId());
			}
		}
		existing.values().stream().filter((r) -> !kept.contains(r.getId())).forEach(this.ratings::delete);
		try {
			this.ratings.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// A meeting started using the scale meanwhile, or a report rated on a
			// removed rating: PostgreSQL kept them.
			throw new RejectedValueException("ratings", "admin.scale.rating.inUse");
		}
	}

	/**
	 * The mapping between two scales as its form shows it; empty while none is stored.
	 */
	@Transactional(readOnly = true)
	public MappingForm mappingForm(String fromCode, String toCode) {
		RatingScale from = find(fromCode);
		RatingScale to = find(toCode);
		MappingForm form = new MappingForm();
		Optional<ScaleMapping> mapping = this.mappings.findByScales(from.getId(), to.getId());
		Map<Long, String> targets = new HashMap<>();
		mapping.ifPresent((m) -> m.getEntries()
			.stream()
			.filter((e) -> e.getToRating() != null)
			.forEach((e) -> targets.put(e.getFromRating().getId(), e.getToRating().getCode())));
		for (ProgressRating rating : this.ratings.findByRatingScaleIdOrderByPosition(from.getId())) {
			form.getTargets().put(rating.getCode(), targets.getOrDefault(rating.getId(), ""));
		}
		form.setVersion(mapping.map(ScaleMapping::getVersion).orElse(null));
		return form;
	}

	/** Whether a mapping between the two scales is stored. */
	@Transactional(readOnly = true)
	public boolean isMapped(String fromCode, String toCode) {
		return this.mappings.findByScales(find(fromCode).getId(), find(toCode).getId()).isPresent();
	}

	/**
	 * Saves the mapping between two scales (creating it the first time): each rating of
	 * the from-scale to a rating of the to-scale, or to none.
	 */
	public void saveMapping(String fromCode, String toCode, MappingForm form) {
		RatingScale from = find(fromCode);
		RatingScale to = find(toCode);
		if (from.getId().equals(to.getId())) {
			throw new NotFoundException("A scale maps to itself: " + fromCode);
		}
		Optional<ScaleMapping> stored = this.mappings.findForUpdate(from.getId(), to.getId());
		if (stored.isPresent()) {
			StaleVersionException.check(form.getVersion(), stored.get().getVersion(), "Mapping " + fromCode);
		}
		else if (form.getVersion() != null) {
			throw new StaleVersionException("Mapping " + fromCode + " to " + toCode + " was removed");
		}
		Map<String, ProgressRating> targets = new HashMap<>();
		this.ratings.findByRatingScaleIdOrderByPosition(to.getId()).forEach((r) -> targets.put(r.getCode(), r));
		List<ProgressRating> fromRatings = this.ratings.findByRatingScaleIdOrderByPosition(from.getId());
		Map<ProgressRating, ProgressRating> entries = new LinkedHashMap<>();
		for (ProgressRating rating : fromRatings) {
			String field = "targets[" + rating.getCode() + "]";
			String target = form.getTargets().get(rating.getCode());
			if (target == null) {
				throw new RejectedValueException(field, "admin.mapping.target.missing");
			}
			if (!target.isEmpty() && !targets.containsKey(target)) {
				throw new RejectedValueException(field, "admin.mapping.target.wrongScale");
			}
			entries.put(rating, target.isEmpty() ? null : targets.get(target));
		}
		ScaleMapping mapping = stored.orElseGet(() -> new ScaleMapping(from, to));
		entries.forEach(mapping::map);
		try {
			this.mappings.saveAndFlush(mapping);
		}
		catch (DataIntegrityViolationException ex) {
			// Another administrator created the mapping meanwhile.
			throw new StaleVersionException("Mapping " + fromCode + " to " + toCode + " created meanwhile");
		}
	}

	private RatingScale find(String code) {
		return this.scales.findByCode(code).orElseThrow(() -> new NotFoundException("No rating scale " + code));
	}

}

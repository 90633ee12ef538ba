package org.niaptracker.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.StaleVersionException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Standing Committee meetings Parties report to, as administrators add them, and
 * their rating scales: what other features know of meetings.
 */
@Service
@Transactional
public class MeetingCalendar {

	private final MeetingRepository meetings;

	private final RatingScaleRepository scales;

	private final ProgressRatingRepository ratings;

	private final ScaleMappingRepository mappings;

	MeetingCalendar(MeetingRepository meetings, RatingScaleRepository scales, ProgressRatingRepository ratings,
			ScaleMappingRepository mappings) {
		this.meetings = meetings;
		this.scales = scales;
		this.ratings = ratings;
		this.mappings = mappings;
	}

	@Transactional(readOnly = true)
	public List<Meeting> all() {
		return this.meetings.findAllWithScale();
	}

	/** A meeting by its code, e.g. "SC66". */
	@Transactional(readOnly = true)
	public Optional<Meeting> find(String code) {
		return this.meetings.findByCode(code);
	}

	/** The codes of every meeting, oldest first. */
	@Transactional(readOnly = true)
	public List<String> codes() {
		return this.meetings.findCodes();
	}

	/** The ratings of a scale, in their Part B order. */
	@Transactional(readOnly = true)
	public List<ProgressRating> ratingsOf(RatingScale scale) {
		return this.ratings.findByRatingScaleIdOrderByPosition(scale.getId());
	}

	/**
	 * The ratings of several scales, by scale id, each in its Part B order: one statement
	 * (none for no scale).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ProgressRating>> ratingsOfScales(Collection<Long> scaleIds) {
		Map<Long, List<ProgressRating>> byScale = new LinkedHashMap<>();
		if (scaleIds.isEmpty()) {
			return byScale;
		}
		for (ProgressRating rating : this.ratings.findOfScales(scaleIds)) {
			byScale.computeIfAbsent(rating.getRatingScale().getId(), (id) -> new ArrayList<>()).add(rating);
		}
		return byScale;
	}

	/** A rating of a scale by its code. */
	@Transactional(readOnly = true)
	public Optional<ProgressRating> rating(RatingScale scale, String code) {
		return this.ratings.findByRatingScaleIdAndCode(scale.getId(), code);
	}

	@Transactional(readOnly = true)
	public List<RatingScale> scales() {
		return this.scales.findAllByOrderByCodeAsc();
	}

	public void add(MeetingForm form) {
		RatingScale scale = this.scales.findByCode(form.getRatingScale())
			.orElseThrow(() -> new RejectedValueException("ratingScale", "admin.meeting.scale.unknown"));
		if (this.meetings.findByCode("SC" + form.getNumber()).isPresent()) {
			throw new RejectedValueException("number", "admin.meeting.number.taken");
		}
		try {
			this.meetings.saveAndFlush(new Meeting(form.getNumber(), form.getStartsOn(), form.getReportDueOn(), scale));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedValueException("number", "admin.meeting.number.taken");
		}
	}

	/**
	 * How ratings on one scale carry over to another: every rating keeps itself between a
	 * scale and itself; without a defined mapping every rating needs a new rating.
	 */
	@Transactional(readOnly = true)
	public RatingMapping mapping(long fromScaleId, long toScaleId) {
		if (fromScaleId == toScaleId) {
			return RatingMapping.sameScale();
		}
		return this.mappings.findByScales(fromScaleId, toScaleId).map((mapping) -> {
			Map<Long, ProgressRating> targets = new HashMap<>();
			mapping.getEntries()
				.stream()
				.filter((entry) -> entry.getToRating() != null)
				.forEach((entry) -> targets.put(entry.getFromRating().getId(), entry.getToRating()));
			return new RatingMapping(true, false, targets);
		}).orElseGet(RatingMapping::undefined);
	}

	/** A meeting as its edit form shows it. */
	@Transactional(readOnly = true)
	public MeetingForm form(String code) {
		return MeetingForm.of(meeting(code));
	}

	/** Whether any report is made to the meeting: its number and scale then stay. */
	@Transactional(readOnly = true)
	public boolean isReported(String code) {
		return this.meetings.isReported(meeting(code).getId());
	}

	/**
	 * Changes a meeting's dates and overview document, and its number and rating scale
	 * while no report is made to it; returns its code, which follows its number.
	 */
	public String update(String code, MeetingForm form) {
		Meeting meeting = meeting(code);
		StaleVersionException.check(form.getVersion(), meeting.getVersion(), "Meeting " + code);
		RatingScale scale = this.scales.findByCode(form.getRatingScale())
			.orElseThrow(() -> new RejectedValueException("ratingScale", "admin.meeting.scale.unknown"));
		boolean renumbered = form.getNumber() != meeting.getNumber();
		boolean rescaled = !scale.getId().equals(meeting.getRatingScale().getId());
		if ((renumbered || rescaled) && this.meetings.isReported(meeting.getId())) {
			throw new RejectedValueException(renumbered ? "number" : "ratingScale", "admin.meeting.reported");
		}
		if (renumbered && this.meetings.findByCode("SC" + form.getNumber()).isPresent()) {
			throw new RejectedValueException("number", "admin.meeting.number.taken");
		}
		meeting.reschedule(form.getStartsOn(), form.getReportDueOn());
		meeting.renumber(form.getNumber());
		meeting.rateOn(scale);
		meeting.documentOverviewIn(form.getOverviewDocumentRef());
		try {
			this.meetings.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// A report was started, or the number taken, meanwhile: PostgreSQL refused
			// it.
			throw new RejectedValueException("number", "admin.meeting.changedMeanwhile");
		}
		return meeting.getCode();
	}

	/** Deletes a meeting that nothing uses. */
	public void delete(String code, Integer version) {
		Meeting meeting = meeting(code);
		StaleVersionException.check(version, meeting.getVersion(), "Meeting " + code);
		if (this.meetings.isReported(meeting.getId())) {
			throw new RejectedValueException("meeting", "admin.meeting.delete.reported");
		}
		this.meetings.delete(meeting);
		try {
			this.meetings.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// Something else refers to it (a report started meanwhile, a plan adopted at
			// it).
			throw new RejectedValueException("meeting", "admin.meeting.delete.used");
		}
	}

	private Meeting meeting(String code) {
		return this.meetings.findByCode(code).orElseThrow(() -> new NotFoundException("No meeting " + code));
	}

}

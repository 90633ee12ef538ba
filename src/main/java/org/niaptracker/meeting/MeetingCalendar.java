package org.niaptracker.meeting;

import java.util.List;
import java.util.Optional;

import org.niaptracker.model.RejectedValueException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
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

	MeetingCalendar(MeetingRepository meetings, RatingScaleRepository scales, ProgressRatingRepository ratings) {
		this.meetings = meetings;
		this.scales = scales;
		this.ratings = ratings;
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
		return this.meetings.findAll(Sort.by("number")).stream().map(Meeting::getCode).toList();
	}

	/** The ratings of a scale, in their Part B order. */
	@Transactional(readOnly = true)
	public List<ProgressRating> ratingsOf(RatingScale scale) {
		return this.ratings.findByRatingScaleIdOrderByPosition(scale.getId());
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

}

package org.niaptracker.meeting;

import java.util.List;

import org.niaptracker.model.RejectedValueException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Standing Committee meetings Parties report to, as administrators add them. */
@Service
@Transactional
public class MeetingCalendar {

	private final MeetingRepository meetings;

	private final RatingScaleRepository scales;

	MeetingCalendar(MeetingRepository meetings, RatingScaleRepository scales) {
		this.meetings = meetings;
		this.scales = scales;
	}

	@Transactional(readOnly = true)
	public List<Meeting> all() {
		return this.meetings.findAllWithScale();
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

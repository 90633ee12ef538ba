package org.niaptracker.review;

import org.niaptracker.model.RejectedValueException;
import jakarta.validation.Valid;

import org.niaptracker.links.Addresses;
import org.niaptracker.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review page of a report: the Secretariat rates actions beside the Party and
 * comments; the Party's focal points read and answer the comments.
 */
@Controller
class ReviewController {

	private static final String REVIEW = "review/review";

	private final ReviewService reviews;

	private final AssessmentService assessments;

	ReviewController(ReviewService reviews, AssessmentService assessments) {
		this.reviews = reviews;
		this.assessments = assessments;
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/review")
	String review(@PathVariable String partyCode, @PathVariable String meetingCode, Model model) {
		return showReview(partyCode, meetingCode, model);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/review/comments")
	String comment(@PathVariable String partyCode, @PathVariable String meetingCode,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "action");
		if (result.hasErrors()) {
			model.addAttribute("failedComment", form.getAction());
			return showReview(partyCode, meetingCode, model);
		}
		this.reviews.comment(partyCode, meetingCode, form);
		return "redirect:" + reviewPath(partyCode, meetingCode) + "?commented#"
				+ (form.getAction().isEmpty() ? "general-comments" : "review-" + form.getAction());
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/review/assessments/{evaluationId}")
	String assess(@PathVariable String partyCode, @PathVariable String meetingCode, @PathVariable long evaluationId,
			@Valid @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.assessments.assess(partyCode, meetingCode, evaluationId, form);
				return "redirect:" + reviewPath(partyCode, meetingCode) + "?assessed#evaluation-" + evaluationId;
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		model.addAttribute("failedAssessment", evaluationId);
		return showReview(partyCode, meetingCode, model);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/review/assessment-publication")
	String publishAssessment(@PathVariable String partyCode, @PathVariable String meetingCode,
			@RequestParam boolean published, @RequestParam(required = false) Integer version) {
		this.assessments.publishAssessment(partyCode, meetingCode, published, version);
		return "redirect:" + reviewPath(partyCode, meetingCode) + "?publication=" + published;
	}

	private String showReview(String partyCode, String meetingCode, Model model) {
		model.addAttribute("review", this.reviews.review(partyCode, meetingCode));
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", new CommentForm());
		}
		return REVIEW;
	}

	private static String reviewPath(String partyCode, String meetingCode) {
		return Addresses.IN_APPLICATION.report(partyCode, meetingCode) + "/review";
	}

}

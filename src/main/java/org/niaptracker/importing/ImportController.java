package org.niaptracker.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.niaptracker.model.RejectedValueException;
import org.niaptracker.links.Addresses;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bringing a report in, written in Word or exported by the app as JSON: the upload form,
 * the preview of what was read, and its confirmation, which creates the report and opens
 * it in the editor.
 */
@Controller
class ImportController {

	private static final String UPLOAD = "importing/upload";

	private static final String PREVIEW = "importing/preview";

	private final ReportImportService imports;

	ImportController(ReportImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/parties/{partyCode}/reports/import")
	String form(@PathVariable String partyCode, @RequestParam(name = "refused", required = false) String refused,
			Model model) {
		model.addAttribute("partyCode", partyCode);
		if ("tooLarge".equals(refused)) {
			// Sent back by UploadLimitFilter: over the server's multipart limit.
			model.addAttribute("refusal", "importing.refused.tooLarge");
		}
		model.addAttribute("partyName", this.imports.partyName(partyCode));
		model.addAttribute("maxMegabytes", ReportImportService.MAX_BYTES / (1024 * 1024));
		return UPLOAD;
	}

	@PostMapping("/parties/{partyCode}/reports/import")
	ModelAndView upload(@PathVariable String partyCode,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		String partyName = this.imports.partyName(partyCode);
		try {
			byte[] content;
			if (file == null || file.isEmpty()) {
				content = new byte[0];
			}
			else if (file.getSize() > ReportImportService.MAX_BYTES) {
				throw new ImportRefusedException("importing.refused.tooLarge", file.getSize() + " bytes");
			}
			else {
				content = file.getBytes();
			}
			String id = this.imports.upload(partyCode, (file != null) ? file.getOriginalFilename() : null, content);
			return new ModelAndView("redirect:" + Addresses.IN_APPLICATION.party(partyCode) + "/reports/import/" + id);
		}
		catch (ImportRefusedException ex) {
			ModelAndView page = new ModelAndView(UPLOAD, HttpStatus.OK);
			page.addObject("partyCode", partyCode);
			page.addObject("partyName", partyName);
			page.addObject("maxMegabytes", ReportImportService.MAX_BYTES / (1024 * 1024));
			page.addObject("refusal", ex.getMessageKey());
			page.addObject("refusalDetail", ex.getDetail());
			return page;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/parties/{partyCode}/reports/import/{uploadId}")
	String preview(@PathVariable String partyCode, @PathVariable String uploadId, Model model) {
		model.addAttribute("preview", this.imports.preview(partyCode, uploadId));
		return PREVIEW;
	}

	@PostMapping("/parties/{partyCode}/reports/import/{uploadId}")
	ModelAndView confirm(@PathVariable String partyCode, @PathVariable String uploadId,
			@RequestParam(name = "submittedOn",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
			@RequestParam(name = "planRevision", defaultValue = "false") boolean planRevision,
			@RequestParam(name = "adoptedOn",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn) {
		String refusal;
		try {
			if (planRevision && adoptedOn == null) {
				throw new ImportRefusedException("importing.planOffer.adoptedOn.required", "no adoption day");
			}
			String meetingCode = this.imports.confirm(partyCode, uploadId, submittedOn,
					planRevision ? adoptedOn : null);
			return new ModelAndView("redirect:" + Addresses.IN_APPLICATION.report(partyCode, meetingCode) + "/edit");
		}
		catch (ImportRefusedException ex) {
			refusal = ex.getMessageKey();
		}
		catch (RejectedValueException ex) {
			refusal = ex.getMessageKey();
		}
		ModelAndView page = new ModelAndView(PREVIEW, HttpStatus.OK);
		page.addObject("preview", this.imports.preview(partyCode, uploadId));
		page.addObject("refusal", refusal);
		page.addObject("submittedOn", submittedOn);
		page.addObject("adoptedOn", adoptedOn);
		return page;
	}

}

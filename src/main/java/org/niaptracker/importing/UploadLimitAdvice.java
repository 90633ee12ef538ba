package org.niaptracker.importing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the multipart limit, which the server refuses before any controller sees
 * it: a page that says so (413) rather than an error.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge() {
		ModelAndView page = new ModelAndView("importing/too-large", HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("maxMegabytes", ReportImportService.MAX_BYTES / (1024 * 1024));
		return page;
	}

}

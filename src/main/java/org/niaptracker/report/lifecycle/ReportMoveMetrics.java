package org.niaptracker.report.lifecycle;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts the moves of reports' life cycles once they are committed, for the Prometheus
 * metrics: {@code niap_reports_moves_total{step="submit"}}, and so on for return, accept,
 * publish and reopen.
 */
@Component
class ReportMoveMetrics {

	private final MeterRegistry registry;

	ReportMoveMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@TransactionalEventListener
	void reportMoved(ReportMovedEvent event) {
		this.registry.counter("niap.reports.moves", "step", event.step().name().toLowerCase(Locale.ROOT)).increment();
	}

}

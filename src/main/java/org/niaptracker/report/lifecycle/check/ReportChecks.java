package org.niaptracker.report.lifecycle.check;

import java.util.List;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import org.niaptracker.model.KeptInMemory;
import org.niaptracker.report.ReportView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Everything to fix before a report can be submitted. Shown on a draft at any time, and
 * run again when its Party submits it. The findings depend on the report's content alone,
 * so each instance keeps those of the reports it checked last, under that content
 * (compared whole), and a draft's page opened again without a change runs no check.
 */
@Component
public class ReportChecks {

	private final List<ReportCheck> checks;

	private final Cache<Checked, Findings> kept;

	ReportChecks(List<ReportCheck> checks, @Value("${niap.kept-checks.max-size:8MB}") DataSize maxSize,
			ObjectProvider<MeterRegistry> meters) {
		this.checks = List.copyOf(checks);
		this.kept = KeptInMemory.cache("kept_checks", maxSize, Findings::bytes, meters);
	}

	/**
	 * The checks of the report's own text, for a report that evaluates every action of
	 * its plan revision.
	 */
	public List<Finding> run(ReportView report) {
		return run(report, List.of());
	}

	/**
	 * Every check: the actions of the report's plan revision it does not evaluate
	 * ({@code actionsNotEvaluated}, by number), then the checks of its text.
	 */
	public List<Finding> run(ReportView report, List<String> actionsNotEvaluated) {
		Checked checked = new Checked(report, List.copyOf(actionsNotEvaluated));
		return KeptInMemory.get(this.kept, checked, (key) -> {
			List<Finding> findings = Stream
				.concat(ActionsMissingFromPlan.check(actionsNotEvaluated),
						this.checks.stream().flatMap((check) -> check.check(report)))
				.toList();
			// The key holds the report's text: it is most of the memory.
			return new Findings(findings, report.approximateBytes() + 256 * findings.size());
		}).findings();
	}

	private record Checked(ReportView report, List<String> actionsNotEvaluated) {
	}

	private record Findings(List<Finding> findings, int bytes) {
	}

}

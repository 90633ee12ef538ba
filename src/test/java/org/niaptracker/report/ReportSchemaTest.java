package org.niaptracker.report;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses data that would break a report, whoever writes it.
 */
@PostgresTest
@Transactional
class ReportSchemaTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EvaluationRepository evaluations;

	@Autowired
	private ReportingPeriodRepository reports;

	@Test
	void seededReportHasThirteenEvaluationsInNiapOrder() {
		ReportingPeriod report = this.reports.findForReading("KH", "SC66").orElseThrow();
		assertThat(report.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
		assertThat(this.evaluations.findForReport(report.getId()))
			.extracting((evaluation) -> evaluation.getAction().getNumber())
			.containsExactly("1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "4.1", "5.1", "5.2", "6.1");
	}

	@Test
	void anActionIsEvaluatedOncePerReport() {
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into evaluation (reporting_period_id, action_id)
				select e.reporting_period_id, e.action_id from evaluation e
				  join niap_action a on a.id = e.action_id where a.number = '1.1'"""))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aRatingMustComeFromTheMeetingsScale() {
		assertThatThrownBy(() -> this.jdbc.update("""
				update evaluation set progress_rating_id =
				  (select pr.id from progress_rating pr join rating_scale s on s.id = pr.rating_scale_id
				    where s.code = 'SC69' and pr.code = 'ACHIEVED')"""))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("not on the rating scale");
	}

	@Test
	void anEvaluatedActionMustBelongToTheReportingParty() {
		this.jdbc.update("insert into party (code, name) values ('ZZ', 'Elsewhere')");
		Reports.draftPlan(this.jdbc, "ZZ");
		this.jdbc
			.update("""
					insert into pillar (party_id, plan_revision_id, number, name)
					select p.id, r.id, 1, 'Other' from party p join plan_revision r on r.party_id = p.id where p.code = 'ZZ'""");
		this.jdbc.update("""
				insert into niap_action (pillar_id, number, position, title)
				select pl.id, '1.1', 1, 'Foreign action' from pillar pl join party p on p.id = pl.party_id
				 where p.code = 'ZZ'""");
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into evaluation (reporting_period_id, action_id)
				select rp.id, a.id from reporting_period rp, niap_action a where a.title = 'Foreign action'"""))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("not part of the plan revision");
	}

	@Test
	void pointsCannotContainNulls() {
		assertThatThrownBy(() -> this.jdbc.update("update evaluation set progress_points = array[null::text]"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}

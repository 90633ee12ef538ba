package org.niaptracker.niap;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionLineageRepository extends JpaRepository<ActionLineage, Long> {

}

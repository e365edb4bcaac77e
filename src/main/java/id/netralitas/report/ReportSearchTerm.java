package id.netralitas.report;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One search term of a case (written by {@link ReportSearchIndex}; read in the search's subqueries). */
@Entity
@Table(name = "report_search_term")
public class ReportSearchTerm extends GeneratedIdEntity {

    public long reportId;

    public String term;
}

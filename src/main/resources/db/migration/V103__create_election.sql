-- Elections (Pemilu, Pilkada, re-votes): their calendar, the window of incidents they are relevant
-- to, participating regions, legal basis and the handling time limits that apply to their cases.
CREATE TABLE election (
    id                           BIGINT        NOT NULL AUTO_INCREMENT,
    code                         VARCHAR(40)   NOT NULL,
    election_type                VARCHAR(32)   NOT NULL,
    name                         VARCHAR(255)  NOT NULL,
    election_scope               VARCHAR(16)   NOT NULL,
    voting_date                  DATE          NOT NULL,
    campaign_start               DATE          NOT NULL,
    campaign_end                 DATE          NOT NULL,
    candidate_determination_date DATE          NOT NULL,
    support_collection_start     DATE          NULL,
    support_collection_end       DATE          NULL,
    incident_window_start        DATE          NOT NULL,
    incident_window_end          DATE          NOT NULL,
    note                         VARCHAR(1000) NULL,
    version                      BIGINT        NOT NULL DEFAULT 0,
    created_at                   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at                   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_election PRIMARY KEY (id),
    CONSTRAINT uk_election_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_election_type ON election (election_type, voting_date);
CREATE INDEX idx_election_voting_date ON election (voting_date);
CREATE INDEX idx_election_incident_window ON election (incident_window_start, incident_window_end);

CREATE TABLE election_legal_basis (
    election_id BIGINT NOT NULL,
    list_index INT NOT NULL,
    regulation_id BIGINT NOT NULL,
    article_id BIGINT NULL,
    CONSTRAINT pk_election_legal_basis PRIMARY KEY (election_id, list_index),
    CONSTRAINT fk_election_legal_basis_owner FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_election_legal_basis_regulation FOREIGN KEY (regulation_id) REFERENCES regulation (id),
    CONSTRAINT fk_election_legal_basis_article FOREIGN KEY (article_id) REFERENCES regulation_article (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_election_legal_basis_regulation ON election_legal_basis (regulation_id);
CREATE INDEX idx_election_legal_basis_article ON election_legal_basis (article_id);

-- One rule per step: an amount of DAYS or WORKING_DAYS, computed by the working-day calendar.
CREATE TABLE election_deadline_rule (
    election_id   BIGINT        NOT NULL,
    deadline_kind VARCHAR(40)   NOT NULL,
    amount        INT           NOT NULL,
    unit          VARCHAR(16)   NOT NULL,
    counted_from  VARCHAR(500)  NOT NULL,
    regulation_id BIGINT        NULL,
    article_id    BIGINT        NULL,
    note          VARCHAR(1000) NULL,
    CONSTRAINT pk_election_deadline_rule PRIMARY KEY (election_id, deadline_kind),
    CONSTRAINT fk_election_deadline_rule_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_election_deadline_rule_regulation FOREIGN KEY (regulation_id) REFERENCES regulation (id),
    CONSTRAINT fk_election_deadline_rule_article FOREIGN KEY (article_id) REFERENCES regulation_article (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_election_deadline_rule_regulation ON election_deadline_rule (regulation_id);
CREATE INDEX idx_election_deadline_rule_article ON election_deadline_rule (article_id);

-- Participating regions of a regional election (empty for a national one: every region takes part).
CREATE TABLE election_region (
    election_id BIGINT      NOT NULL,
    region_code VARCHAR(13) NOT NULL,
    CONSTRAINT pk_election_region PRIMARY KEY (election_id, region_code),
    CONSTRAINT fk_election_region_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_election_region_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_election_region_region ON election_region (region_code, election_id);

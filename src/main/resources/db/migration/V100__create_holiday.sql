-- National non-working days for the working-day calendar (weekends are implicit).
CREATE TABLE holiday (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    holiday_date DATE          NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    legal_basis  VARCHAR(1000) NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_holiday PRIMARY KEY (id),
    CONSTRAINT uk_holiday_date UNIQUE (holiday_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_holiday_kind ON holiday (kind, holiday_date);

-- Webhook subscriptions expire: a subscription delivers only until expires_at, and its owner renews
-- it with a current token (which checks their role again), so it cannot outlive the owner's
-- authority. Subscriptions registered before this get 90 days from their registration, the default
-- lifetime: older ones stop delivering at once until their owner renews them.
ALTER TABLE webhook_subscription ADD COLUMN expires_at DATETIME(6) NULL;
ALTER TABLE webhook_subscription ADD COLUMN renewed_at DATETIME(6) NULL;
UPDATE webhook_subscription SET expires_at = TIMESTAMPADD(DAY, 90, created_at);
ALTER TABLE webhook_subscription MODIFY COLUMN expires_at DATETIME(6) NOT NULL;

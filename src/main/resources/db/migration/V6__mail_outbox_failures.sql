-- A mail the SMTP server rejected for good (rejections reached ptero.mail.max-rejections) or that could not be
-- delivered within ptero.mail.max-age is kept with failed_at set; it is never deleted.
ALTER TABLE mail_outbox ADD COLUMN rejections INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN failed_at TIMESTAMP WITH TIME ZONE;

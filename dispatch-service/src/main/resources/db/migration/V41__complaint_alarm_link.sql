-- A substantiated complaint links to the supervision alarm of the same car (#7 landed its alarm table in V30).
ALTER TABLE complaint ADD CONSTRAINT complaint_alarm_fk FOREIGN KEY (alarm_id) REFERENCES alarm (id);

-- 合乘: whether a request may share its car with other requests' passengers (the planner's ride-sharing).
ALTER TABLE trip_request ADD COLUMN shareable boolean NOT NULL DEFAULT false;

-- Event queries and timelines answered from indexes alone: the actor
-- indexes carry every column the filters, the order and the timeline's
-- counts read, so that a broad filter (every event of USA) sorts index
-- entries rather than reading table rows.
DROP INDEX events_link;
DROP INDEX events_target;
CREATE INDEX events_source ON events(source, target, cameo, day, quad, same_as, grp, goldstein, article);
CREATE INDEX events_target ON events(target, source, cameo, day, quad, same_as, grp, goldstein, article);
CREATE INDEX events_day_cover ON events(day, id, quad, same_as, grp, goldstein, source, target, cameo);
DROP INDEX events_day;

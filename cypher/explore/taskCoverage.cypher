// @name taskCoverage
// For every key task: the platforms that SERVE it, grouped by the side (new area) each platform
// is tied to, the new areas with no platform (gaps), and the serving platforms that have no side.
// The side of a platform is the side rule of cypher/shared/side.cypher (fragment side).
// @returns task, sides, gaps, platformsWithoutSide
MATCH (area:NewArea)
WITH area ORDER BY area.id
WITH collect(area) AS areas
// @include sideHomes
MATCH (task:Task)
CALL (task, homeRegions) {
  OPTIONAL MATCH (e:Platform)-[:SERVES]->(task)
  // @include side
  WITH e, sideIds ORDER BY e.id
  RETURN collect(CASE WHEN e IS NOT NULL THEN {platform: e {.*, labels: labels(e)}, sideIds: sideIds} END) AS served
}
RETURN
  task {.*, labels: labels(task)} AS task,
  [a IN areas | {newArea: a {.*, labels: labels(a)}, platforms: [s IN served WHERE a.id IN s.sideIds | s.platform]}] AS sides,
  [a IN areas WHERE none(s IN served WHERE a.id IN s.sideIds) | a {.*, labels: labels(a)}] AS gaps,
  [s IN served WHERE size(s.sideIds) = 0 | s.platform] AS platformsWithoutSide
ORDER BY task.year, task.number, task.id

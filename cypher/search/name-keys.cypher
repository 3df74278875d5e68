// The name keys of entities (src/data/name-keys.ts): `nameKeys` holds the keys the `entity_names`
// full-text index looks up, `nameKeysFor` what they were built from (the keys' version, the
// names and the labels), so an entity whose names changed since is found by comparing the two.

// @name nameKeysStaleOf
// The entities among $ids whose keys are missing or were built from other names.
// @param ids: string[]
// @param version: string
// @returns entity
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, [$version, n.name, coalesce(n.nameEn, '')] + coalesce(n.aliases, []) + labels(n) AS source
WHERE n.nameKeysFor IS NULL OR n.nameKeysFor <> source
RETURN [n.id, n.name, n.nameEn, n.aliases, labels(n)] AS entity

// @name nameKeysStalePage
// One page of entities in id order after $after ('' from the first), with the stale ones among
// them; `last` is the page's last id, null past the end. A plain `n.id > $after` is a range seek
// on the id constraint's index, read in order: with `$after IS NULL OR …` the planner scans every
// entity and sorts them for each page (seconds per page at a million).
// @param after: string
// @param version: string
// @param pageSize: int
// @returns last, stale
CALL () {
  MATCH (n:Entity)
  WHERE n.id > $after
  WITH n ORDER BY n.id LIMIT toInteger($pageSize)
  RETURN collect(n) AS page
}
RETURN
  CASE WHEN size(page) = 0 THEN null ELSE page[-1].id END AS last,
  [n IN page
    WHERE n.nameKeysFor IS NULL OR n.nameKeysFor <> [$version, n.name, coalesce(n.nameEn, '')] + coalesce(n.aliases, []) + labels(n)
    | [n.id, n.name, n.nameEn, n.aliases, labels(n)]] AS stale

// @name awaitNameKeysIndex
// Waits until the `entity_names` index is online (populated after it was created).
CALL db.awaitIndex('entity_names', 900)

// @name writeNameKeys
// Sets the keys of each entity, when its names are still those the keys were built from.
// @param rows: { id, keys, source: string[] }[]
// @returns written
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WITH n, row, [row.source[0], n.name, coalesce(n.nameEn, '')] + coalesce(n.aliases, []) + labels(n) AS source
WHERE source = row.source
SET n.nameKeys = row.keys, n.nameKeysFor = row.source
RETURN count(n) AS written

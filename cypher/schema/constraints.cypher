// Constraints and indexes, idempotent: run before every import.

// @name constraintEntityId
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE

// @name constraintSourceId
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE

// @name constraintParagraphId
CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (p:Paragraph) REQUIRE p.id IS UNIQUE

// @name indexEntityName
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)

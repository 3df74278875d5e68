// Constraints and indexes of the editing API: audit records, progress updates, edit locks.

// @name constraintChangeId
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE

// @name indexChangeAt
// Newest-first listing of the audit trail.
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)

// @name constraintProgressUpdateId
CREATE CONSTRAINT progress_update_id IF NOT EXISTS FOR (p:ProgressUpdate) REQUIRE p.id IS UNIQUE

// @name constraintEditLockKey
// One lock node per label: creates and renames of a label queue on it, so two editors cannot
// both pass the duplicate-name check.
CREATE CONSTRAINT edit_lock_key IF NOT EXISTS FOR (l:EditLock) REQUIRE l.key IS UNIQUE

/** One versioned change of the PostgreSQL schema; applied once, in order, recorded in schema_migrations. */
export interface Migration {
	version: number
	name: string
	sql: string
}

/**
 * The PostgreSQL schema, as versioned migrations. Never edit an applied one: add the next.
 *
 * Each board document (`main`, `private`) has one row in board_docs: its snapshot, the
 * sequence number the snapshot covers (`upto_seq`) and the last sequence number handed
 * out (`last_seq`). Appending takes the row's lock to number the updates, so a board's
 * updates are committed in sequence order: whoever reads `seq > n` never sees a gap
 * that is filled later.
 */
export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'boards, documents, update log, links, versions, assets, client owners',
		sql: `
CREATE TABLE boards (
	id TEXT PRIMARY KEY,
	title TEXT NOT NULL,
	created_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL,
	deleted_at BIGINT
);
CREATE INDEX boards_updated ON boards (updated_at DESC) WHERE deleted_at IS NULL;
CREATE TABLE board_docs (
	board_id TEXT NOT NULL REFERENCES boards(id),
	doc TEXT NOT NULL CHECK (doc IN ('main', 'private')),
	snapshot BYTEA,
	upto_seq BIGINT NOT NULL DEFAULT 0,
	last_seq BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (board_id, doc)
);
CREATE TABLE doc_updates (
	board_id TEXT NOT NULL,
	doc TEXT NOT NULL,
	seq BIGINT NOT NULL,
	data BYTEA NOT NULL,
	PRIMARY KEY (board_id, doc, seq),
	FOREIGN KEY (board_id, doc) REFERENCES board_docs(board_id, doc)
);
CREATE TABLE assets (
	board_id TEXT NOT NULL REFERENCES boards(id),
	id TEXT NOT NULL,
	mime TEXT NOT NULL,
	name TEXT NOT NULL,
	data BYTEA NOT NULL,
	created_at BIGINT NOT NULL,
	PRIMARY KEY (board_id, id)
);
CREATE TABLE share_links (
	ord BIGSERIAL UNIQUE,
	id TEXT PRIMARY KEY,
	board_id TEXT NOT NULL REFERENCES boards(id),
	role TEXT NOT NULL CHECK (role IN ('viewer', 'participant', 'editor', 'facilitator')),
	label TEXT NOT NULL DEFAULT '',
	token_hash TEXT NOT NULL UNIQUE,
	created_at BIGINT NOT NULL,
	expires_at BIGINT,
	revoked_at BIGINT,
	last_used_at BIGINT
);
CREATE INDEX share_links_board ON share_links (board_id, created_at);
CREATE TABLE versions (
	ord BIGSERIAL UNIQUE,
	id TEXT PRIMARY KEY,
	board_id TEXT NOT NULL REFERENCES boards(id),
	name TEXT NOT NULL DEFAULT '',
	kind TEXT NOT NULL CHECK (kind IN ('manual', 'auto', 'restore')),
	created_at BIGINT NOT NULL,
	created_by TEXT NOT NULL DEFAULT '',
	role TEXT CHECK (role IS NULL OR role IN ('viewer', 'participant', 'editor', 'facilitator')),
	record_count INTEGER NOT NULL,
	shape_count INTEGER NOT NULL,
	snapshot BYTEA NOT NULL,
	private_snapshot BYTEA
);
CREATE INDEX versions_board ON versions (board_id, created_at);
CREATE TABLE client_owners (
	board_id TEXT NOT NULL REFERENCES boards(id),
	client_id BIGINT NOT NULL,
	owner TEXT NOT NULL,
	PRIMARY KEY (board_id, client_id)
);
`,
	},
	{
		version: 2,
		name: 'secrets every node shares (the ballot secret)',
		sql: `
CREATE TABLE server_secrets (
	name TEXT PRIMARY KEY,
	value TEXT NOT NULL,
	created_at BIGINT NOT NULL
);
`,
	},
	{
		version: 3,
		name: 'the activity log (who did what)',
		sql: `
CREATE TABLE activity (
	id BIGSERIAL PRIMARY KEY,
	board_id TEXT NOT NULL REFERENCES boards(id),
	at BIGINT NOT NULL,
	last_at BIGINT NOT NULL,
	kind TEXT NOT NULL,
	link_id TEXT,
	link_label TEXT NOT NULL DEFAULT '',
	role TEXT,
	name TEXT NOT NULL DEFAULT '',
	target_id TEXT,
	target_type TEXT,
	target_title TEXT NOT NULL DEFAULT '',
	fields TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX activity_board ON activity (board_id, id);
CREATE INDEX activity_target ON activity (board_id, target_id, id);
`,
	},
]

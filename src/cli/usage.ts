/** Help texts for `vistka` and each command. */
export const usage = {
  main: `vistka — the Vistka newsroom platform

Usage: vistka <command> [options]

Commands:
  start        Migrate, seed the demo newsroom if the database is empty, and serve (npm start)
  serve        Migrate and serve the site, newsroom and APIs (production; never seeds)
  migrate      Bring the database schema up to date
  seed-demo    Fill an empty database with the demo newsroom
  user add     Create a newsroom account
  import       Import a WordPress site (import wordpress FILE.xml)
  reindex      Rebuild the search index (safe while the site serves)
  media copy   Copy the media library to the S3 bucket or back to local disk

Run 'vistka <command> --help' for a command's options.
Configuration comes from environment variables (PORT, HOST, SITE_URL, DATABASE_URL, MEDIA_DIR,
LOCALES, TIMEZONE, NODE_ENV, LOG_LEVEL, MEDIA_STORAGE, S3_*, MEDIA_PUBLIC_URL, …); see README.md.`,
  start: `Usage: vistka start [--no-demo]

Migrates the database, seeds the demo newsroom if the database is empty, and serves.
Demo accounts are printed at start. With NODE_ENV=production or --no-demo it never seeds.

Options:
  --no-demo    Do not seed the demo newsroom
  -h, --help   Show this help`,
  serve: `Usage: vistka serve

Migrates the database and serves the public site, newsroom and APIs on HOST:PORT.
Never creates demo content or accounts. Stops cleanly on SIGINT/SIGTERM.

Options:
  -h, --help   Show this help`,
  migrate: `Usage: vistka migrate

Applies every pending database migration (SQLite or PostgreSQL, by DATABASE_URL) and lists them.
Exits non-zero if a migration fails; a failed migration leaves the schema as it was.

Options:
  -h, --help   Show this help`,
  'seed-demo': `Usage: vistka seed-demo

Fills an empty database with the demo newsroom: 40 stories in uk/en/ru with pictures, topics,
authors and one demo account per role. Refuses a database that already has content, and refuses
to run with NODE_ENV=production.

Options:
  -h, --help   Show this help`,
  user: `Usage: vistka user add --email <email> --name <name> --role <role> [options]

Creates a newsroom account. The password is asked for at a prompt, or read from a file.

Options:
  --email <email>           Sign-in email (unique)
  --name <name>             Display name
  --role <role>             admin | editor | author | translator | contributor
  --locales <list>          Languages a translator works in, e.g. en,ru (default: all)
  --password-file <path>    Read the password from the file's first line ('-' for stdin)
  -h, --help                Show this help`,
  reindex: `Usage: vistka reindex [--batch-size <n>]

Rebuilds the search index from the stories in the database, with a progress bar. Safe to run
while the site serves: each batch replaces its documents, so searches keep finding stories
throughout. Needed after changing the search analysis (src/search/); the index otherwise stays
current by itself.

Options:
  --batch-size <n>   Stories per batch, 1–5000 (default 200)
  -h, --help         Show this help`,
  media: `Usage: vistka media copy --to s3|local

Copies every file of the media library (originals and variants) from local disk (MEDIA_DIR) to
the bucket the S3_* variables name, or back. Files stream one at a time, with a progress bar.
Resumable: a file already at the target with the same size is skipped, so run it again after an
interruption. Nothing is deleted from the source. When it reports every file there, set
MEDIA_STORAGE to the target and restart; run it once more after the restart to catch uploads
made during the copy.

Options:
  --to <s3|local>   Where to copy the library to
  -h, --help        Show this help`,
  import: `Usage: vistka import wordpress FILE.xml [options]

Imports a WordPress export (Tools → Export, WXR 1.0–1.2): posts become stories and pages pages,
each Polylang or WPML translation group one story with a version per language; categories become
sections and tags, authors bylines, attachments found under --uploads the media library; every old
address (permalink, ?p=, ?page_id=) answers 301 to its new one. Runs pending migrations first.
Running it again with the same (or a newer) export updates what changed and duplicates nothing.
A file that is not a WordPress export, or is cut short, stops with the line and imports nothing.

Options:
  --uploads <dir>          A copy of the site's wp-content/uploads, for pictures
  --locale-map <pairs>     WordPress language codes to ours, e.g. pl=uk,by=ru ('ua' is uk already)
  --default-locale <code>  Language of posts that have none (default: the export's, else LOCALES' first)
  --dry-run                Read everything and report what would happen; write nothing
  --json                   Print the report as JSON
  -h, --help               Show this help`,
} as const

#!/usr/bin/env bash
# Back up tipwatch: the database (pg_dump, custom format, restorable with pg_restore) and the
# media directory (uploaded reports, images, documents), into dated files under BACKUP_DIR,
# keeping KEEP_DAYS days. Reads DATABASE_URL and TIPWATCH_VAR_DIR like the app.
#
#   BACKUP_DIR=/var/backups/tipwatch deploy/backup.sh
#
# Restore: createdb tipwatch && pg_restore --no-owner -d "$DATABASE_URL" tipwatch-DATE.dump
#          tar -xzf media-DATE.tar.gz -C "$TIPWATCH_VAR_DIR"
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set (the env file the app uses)}"
: "${TIPWATCH_VAR_DIR:?TIPWATCH_VAR_DIR must be set (the env file the app uses)}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/tipwatch}"
KEEP_DAYS="${KEEP_DAYS:-14}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

mkdir -p "$BACKUP_DIR"
umask 077
# Written under a temporary name and renamed when complete: a dump cut short is never kept.
pg_dump --format=custom --no-owner --file="$BACKUP_DIR/.tipwatch-$stamp.dump" "$DATABASE_URL"
mv "$BACKUP_DIR/.tipwatch-$stamp.dump" "$BACKUP_DIR/tipwatch-$stamp.dump"
tar -czf "$BACKUP_DIR/.media-$stamp.tar.gz" -C "$TIPWATCH_VAR_DIR" media
mv "$BACKUP_DIR/.media-$stamp.tar.gz" "$BACKUP_DIR/media-$stamp.tar.gz"
find "$BACKUP_DIR" -maxdepth 1 -name 'tipwatch-*.dump' -mtime +"$KEEP_DAYS" -delete
find "$BACKUP_DIR" -maxdepth 1 -name 'media-*.tar.gz' -mtime +"$KEEP_DAYS" -delete
echo "Backed up to $BACKUP_DIR/tipwatch-$stamp.dump and media-$stamp.tar.gz"

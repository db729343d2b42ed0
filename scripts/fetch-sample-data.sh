#!/usr/bin/env bash
# Fetches the sample databases that the code generation tests read (Chinook, Sakila, Northwind for SQLite,
# MySQL and PostgreSQL) from commit-pinned upstream URLs into .sample-data/ (ignored by git), checks the
# SHA-256 of every file, and keeps each upstream license beside the data. Nothing third-party is committed.
#
#   bash scripts/fetch-sample-data.sh            # into <repository>/.sample-data, skipped when complete
#   bash scripts/fetch-sample-data.sh DIR        # into DIR
#   QUARRY_SAMPLE_MIRROR=https://mirror.example/gh bash scripts/fetch-sample-data.sh
#                                                # from a mirror laid out as <owner>/<repo>/raw/<commit>/<path>
#
# The tests look first at $QUARRY_SAMPLE_DATA, then at a folder shared/data beside the repository (or one
# of its parents), then at .sample-data; they run this script themselves when none has the files.
# Each .sql file is the upstream file byte for byte, or two upstream files joined (schema, then data);
# the digests below are of that result.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:-$repo/.sample-data}

gh() { # owner/repo commit path -> URL of the file at that commit
    printf '%s/%s/raw/%s/%s' "${QUARRY_SAMPLE_MIRROR:-https://github.com}" "$1" "$2" "$3"
}

CHINOOK=(lerocha/chinook-database 7f67772)
SAKILA_JOOQ=(jOOQ/sakila e089a5b)
SAKILA_MYSQL=(sakiladb/mysql 24ef6ce)
NORTHWIND_SQLITE=(jpwhite3/northwind-SQLite3 4f56e7f)
NORTHWIND_PSQL=(pthom/northwind_psql cd0ef28)

# target file | SHA-256 | upstream files joined in order (owner/repo commit path ...)
DATA=(
  "chinook/sqlite.sql|caf31d698a4a79c628215b552dfe6575e71be052ae02b8f18e763498f55f5d44|${CHINOOK[*]} ChinookDatabase/DataSources/Chinook_Sqlite.sql"
  "chinook/mysql.sql|68768623bac1fe6f92c317235735c706a54a28cc76ab175c194e99f994dadbd6|${CHINOOK[*]} ChinookDatabase/DataSources/Chinook_MySql.sql"
  "chinook/postgresql.sql|e3fde5c1a5b51a2a91429a702c9ca6e69ba56e6c7f5e112724d70c3d03db695e|${CHINOOK[*]} ChinookDatabase/DataSources/Chinook_PostgreSql.sql"
  "sakila/sqlite.sql|b1db76b3a5192f98493901a9ac40fecb9dba918feb5604b7ef6b74230a385f12|${SAKILA_JOOQ[*]} sqlite-sakila-db/sqlite-sakila-schema.sql"
  "sakila/mysql.sql|dfc40ce2d6853e7986dd64adab6aa1929753863f08a028991a3f77161e237123|${SAKILA_MYSQL[*]} 1-sakila-schema.sql|${SAKILA_MYSQL[*]} 2-sakila-data.sql"
  "sakila/postgresql.sql|cdd534880bc02f31c63a2fb6168259ec473e65369270834557b766b909ae9c6b|${SAKILA_JOOQ[*]} postgres-sakila-db/postgres-sakila-schema.sql|${SAKILA_JOOQ[*]} postgres-sakila-db/postgres-sakila-insert-data-using-copy.sql"
  "northwind/sqlite.sql|5854b536dea3fe8c586223bf7b47a793727dd44c34fc32537a68a97fec8e2f4b|${NORTHWIND_SQLITE[*]} src/create.sql"
  "northwind/postgresql.sql|0ee30c01ba282f7194f38bf7f99cd6be0470b7ee5f67d0f7ca41fb058d735e0c|${NORTHWIND_PSQL[*]} northwind.sql"
)
# The licenses, kept beside the data (their redistribution terms ask for it).
LICENSES=(
  "chinook/LICENSE.md|5064d720db431474b0a0b0cef9d2b5e362b6c6f80602b35c6443b07cbc979f77|${CHINOOK[*]} LICENSE.md"
  "sakila/LICENSE.jOOQ-sakila|1f1f3467bc7e7ba6277f20ddd7925e2ec2165d3bd56bdaf2eb26ea84c3953279|${SAKILA_JOOQ[*]} LICENSE"
  "sakila/LICENSE.sakiladb-mysql|959796aa09892111af111e30167294662994e876bccb3753dce429cb8dc40973|${SAKILA_MYSQL[*]} LICENSE"
  "northwind/LICENSE.jpwhite3-northwind-SQLite3|c28e204be6418b87ae1c83127096aad9c9e1a218c365f8f4d630e84d8ba96c47|${NORTHWIND_SQLITE[*]} LICENSE"
  "northwind/LICENSE.pthom-northwind_psql|113e017bde8b63ce79bcdd00609039dab93bb846a561b8d28c999b6c4bd1906c|${NORTHWIND_PSQL[*]} LICENSE"
)

sha() { sha256sum "$1" | cut -d' ' -f1; }

complete() {
    local entry
    for entry in "${DATA[@]}"; do
        IFS='|' read -r file digest _ <<<"$entry"
        [[ -f $dest/$file && $(sha "$dest/$file") == "$digest" ]] || return 1
    done
}

download() { # URL -> stdout
    if command -v curl >/dev/null; then
        curl -fsSL --retry 3 "$1"
    elif command -v wget >/dev/null; then
        wget -q -O - "$1"
    else
        echo "fetch-sample-data: neither curl nor wget is installed" >&2
        return 1
    fi
}

# fetch ENTRY STRICT: joins the upstream parts of ENTRY into $work/<file> and checks its digest
fetch() {
    local entry=$1 strict=$2 file digest rest part owner commit path
    IFS='|' read -r file digest rest <<<"$entry"
    mkdir -p "$work/$(dirname "$file")"
    : >"$work/$file"
    IFS='|' read -r -a parts <<<"$rest"
    for part in "${parts[@]}"; do
        read -r owner commit path <<<"$part"
        if ! download "$(gh "$owner" "$commit" "$path")" >>"$work/$file"; then
            echo "fetch-sample-data: cannot download $path of $owner@$commit" >&2
            [[ $strict == yes ]] && return 1 || { rm -f "$work/$file"; return 0; }
        fi
    done
    local actual
    actual=$(sha "$work/$file")
    if [[ $actual != "$digest" ]]; then
        echo "fetch-sample-data: $file has SHA-256 $actual, expected $digest" >&2
        [[ $strict == yes ]] && return 1
    fi
    return 0
}

if complete; then
    echo "sample data complete in $dest"
    exit 0
fi

mkdir -p "$(dirname "$dest")"
work=$(mktemp -d "$(dirname "$dest")/.sample-data.XXXXXX")
trap 'rm -rf "$work"' EXIT
for entry in "${DATA[@]}"; do
    fetch "$entry" yes
done
for entry in "${LICENSES[@]}"; do
    fetch "$entry" no
done
rm -rf "$dest"
mv "$work" "$dest"
trap - EXIT
echo "sample data fetched into $dest"

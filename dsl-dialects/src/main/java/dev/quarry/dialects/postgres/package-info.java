/**
 * The PostgreSQL dialect: {@link dev.quarry.dialects.postgres.PostgresDialect}, its renderer hooks
 * (ILIKE, date parts as integers, casts on binds PostgreSQL cannot type), DDL hooks (identity columns) and
 * type storage (TIMESTAMPTZ, BYTEA, UUID, JSONB). Nothing here is used outside the dialect; other code
 * tests capabilities instead.
 */
package dev.quarry.dialects.postgres;

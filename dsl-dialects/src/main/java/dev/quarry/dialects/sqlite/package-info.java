/** The SQLite dialect: renderer hooks, DDL hooks and type storage. */
package dev.quarry.dialects.sqlite;

/**
 * Quarry's public entry points: {@link dev.quarry.Sql} (the static DSL), {@link dev.quarry.Table},
 * {@link dev.quarry.Column}, {@link dev.quarry.Metadata}, {@link dev.quarry.SqlType}, the typed rows and
 * selects, {@link dev.quarry.Database}, and the exceptions. Logic lives in the sub-packages.
 */
package dev.quarry;

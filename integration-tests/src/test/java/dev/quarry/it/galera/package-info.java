/**
 * The compliance suite and cluster behaviour on a 3-node MariaDB Galera cluster through the MySQL dialect
 * (profile {@code cluster}; {@code scripts/galera.sh} starts the cluster).
 */
package dev.quarry.it.galera;

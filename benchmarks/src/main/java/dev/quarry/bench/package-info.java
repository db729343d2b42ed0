/** JMH suites: hand-written JDBC/StringBuilder ({@code raw}) vs Quarry vs jOOQ, expressing the same SQL. */
package dev.quarry.bench;

/**
 * Helpers of Quarry's own (row implementations, name and argument checks). Not exported by the module, and
 * no public signature outside this package names one of its types ({@code ArchitectureTest} checks it): it
 * may change in any release.
 */
package dev.quarry.internal;

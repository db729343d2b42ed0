/**
 * Helpers of Quarry's own. Not API: nothing public elsewhere names a type of this package, and it may
 * change in any release.
 */
package dev.quarry.internal;

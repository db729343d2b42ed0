/** The dialects Quarry ships, one sub-package each: {@code sqlite}, {@code mysql}, {@code postgres}. */
package dev.quarry.dialects;

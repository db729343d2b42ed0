/**
 * The Maven front end of the code generator: goal {@code generate}.
 *
 * @since 0.1.0
 */
package dev.quarry.codegen.maven;

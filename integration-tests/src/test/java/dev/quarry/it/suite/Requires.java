package dev.quarry.it.suite;

import dev.quarry.dialect.Capability;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the test only on dialects with this capability; its {@link RequiresNot} twin checks the others fail loudly. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CapabilityCondition.class)
public @interface Requires {
    Capability value();
}

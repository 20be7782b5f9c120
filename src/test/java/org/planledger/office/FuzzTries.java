package org.planledger.office;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzzing properties run a modest fixed number of tries by default (what their
 * {@code @Property(tries = …)} says, to keep {@code mvn verify} quick); {@code
 * -Djqwik.tries.default=N} on the command line makes every one of them run N tries instead,
 * e.g. {@code mvn -o test -Dtest='*Fuzz*' -Djqwik.tries.default=2000}. jqwik itself lets a fixed
 * {@code tries} win over that setting, hence this hook.
 */
public final class FuzzTries implements AroundPropertyHook {

    public static final String PROPERTY = "jqwik.tries.default";

    /** Registered on a test class, it applies to every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String asked = System.getProperty(PROPERTY);
        if (asked != null && !asked.isBlank()) {
            context.attributes().setTries(Integer.parseInt(asked.strip()));
        }
        return property.execute();
    }
}

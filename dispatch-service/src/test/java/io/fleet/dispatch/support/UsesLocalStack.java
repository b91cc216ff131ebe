package io.fleet.dispatch.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest in this module runs on one fresh database and Redis prefix per run (see LocalStack). */
@QuarkusTestResource(value = LocalStack.class, restrictToAnnotatedClass = false)
public final class UsesLocalStack {

    private UsesLocalStack() {
    }
}

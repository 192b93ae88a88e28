package io.dangan.archive.access;

import java.util.Objects;

/**
 * One question to the decision point: may this principal do this action to this resource, now?
 *
 * @param principal who asks (resolved from the directory; an unknown id is denied)
 * @param action what they want to do
 * @param resource what it is about
 * @param context when, with which approval, for which purpose
 */
public record AccessRequest(PrincipalId principal, Action action, Resource resource, AccessContext context) {
    public AccessRequest {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(context, "context");
    }

    /**
     * @param principal who asks
     * @param action the action
     * @param resource the resource
     * @param context the context
     * @return the request
     */
    public static AccessRequest of(PrincipalId principal, Action action, Resource resource, AccessContext context) {
        return new AccessRequest(principal, action, resource, context);
    }
}

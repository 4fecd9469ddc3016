package org.denialflow.triage;

/**
 * Which decision answered: key, definition id, version and version tag. Stored on the denial next to the result so
 * that a supervisor can see why a denial went where it went. Outside the process engine (tests, tools) the id is
 * the classpath resource and the version is null.
 */
public record DecisionRef(String key, String definitionId, Integer version, String versionTag) {
}

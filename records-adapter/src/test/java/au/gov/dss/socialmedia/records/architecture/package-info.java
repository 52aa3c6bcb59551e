/**
 * The records adapter's architecture as ArchUnit rule objects ({@code RecordsArchitectureRules}), checked against
 * the module's classes and against planted classes that break them ({@code Planted*} in the test sources of the
 * packages they pretend to be part of; nothing else uses them).
 */
package au.gov.dss.socialmedia.records.architecture;

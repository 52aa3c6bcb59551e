/**
 * JSON for records. {@link au.gov.dss.socialmedia.records.json.JsonWriter} turns a domain event (a Java record)
 * into deterministic JSON by reflection over its record components: hand-written, because the events are records
 * of a small, closed set of value types and the same event must always give the same bytes (fixity across
 * re-captures). {@link au.gov.dss.socialmedia.records.json.JsonReader} reads JSON that comes from elsewhere (the
 * CMIS browser binding's answers) into maps and lists with jackson-core's streaming parser, strictly and with a
 * depth limit; it is the only class of the module that uses jackson-core.
 */
package au.gov.dss.socialmedia.records.json;

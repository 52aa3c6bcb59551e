/**
 * JSON for records: {@link au.gov.dss.socialmedia.records.json.JsonWriter} turns a domain event (a Java record)
 * into deterministic JSON by reflection over its record components, and {@link
 * au.gov.dss.socialmedia.records.json.JsonReader} reads JSON back into maps and lists (for the CMIS browser
 * binding's answers and for tests). No library: the domain's events are records of a small, closed set of value
 * types, which a hundred lines serve exactly and predictably.
 */
package au.gov.dss.socialmedia.records.json;

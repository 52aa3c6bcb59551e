/**
 * What becomes a record, and how: {@link au.gov.dss.socialmedia.records.mapping.RecordMapper} maps each domain
 * event that evidences a decision or an official communication to a
 * {@link au.gov.dss.socialmedia.records.mapping.RecordRequest} (record type, title, description, related entities,
 * protective marking, the event as JSON and a plain-text rendition); events that are only working steps (a draft,
 * an edit) are not records. {@link au.gov.dss.socialmedia.records.mapping.RecordAssembler} turns a request into
 * an {@link au.gov.dss.socialmedia.records.mapping.OfficialRecord}: its content files and its metadata after the
 * Australian Government Recordkeeping Metadata Standard 2.2 ({@link
 * au.gov.dss.socialmedia.records.mapping.RecordMetadata}, written as XML by {@link
 * au.gov.dss.socialmedia.records.mapping.AgrkmsXml}), with disposal from a configurable {@link
 * au.gov.dss.socialmedia.records.mapping.DisposalSchedule}.
 */
package au.gov.dss.socialmedia.records.mapping;
